using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The built-in Float: a finite double-precision number.</summary>
public sealed class FloatScalar() : ScalarType("Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object? Serialize(object? value)
    {
        double number;
        switch (value)
        {
            case bool b:
                return b ? 1d : 0d;
            case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out number):
                break;
            default:
                if (!NumericValues.TryGetDouble(value, out number)) number = double.NaN;
                break;
        }
        if (!double.IsFinite(number)) throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        return number;
    }

    public override object? ParseValue(object? value)
    {
        if (!NumericValues.TryGetDouble(value, out var number) || !double.IsFinite(number))
            throw new GraphQLError($"Float cannot represent non numeric value: {Inspect.Value(value)}");
        return number;
    }

    public override object? ParseLiteral(ValueNode value)
    {
        var text = value switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => throw new GraphQLError($"Float cannot represent non numeric value: {Printer.Print(value)}", GraphQLError.LocationsOf(value)),
        };
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
