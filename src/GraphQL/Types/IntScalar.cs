using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The built-in Int: a signed 32-bit integer.</summary>
public sealed class IntScalar() : ScalarType("Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    private static readonly object[] SmallIntegers = Enumerable.Range(-128, 1152).Select(i => (object)i).ToArray();

    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case int i:
                return Box(i);
            case bool b:
                return Box(b ? 1 : 0);
            case string s when s.Length > 0:
                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)) return FromDouble(parsed, value);
                break;
            default:
                if (NumericValues.TryGetDouble(value, out var number)) return FromDouble(number, value);
                break;
        }
        throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(value)}");
    }

    private static object FromDouble(double number, object? original)
    {
        if (!NumericValues.IsInteger(number)) throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(original)}");
        if (number is > int.MaxValue or < int.MinValue)
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(original)}");
        return Box((int)number);
    }

    public override object? ParseValue(object? value)
    {
        if (value is int i) return Box(i);
        if (!NumericValues.TryGetDouble(value, out var number) || !NumericValues.IsInteger(number))
            throw new GraphQLError($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        if (number is > int.MaxValue or < int.MinValue)
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
        return Box((int)number);
    }

    public override object? ParseLiteral(ValueNode value)
    {
        if (value is not IntValueNode literal)
            throw new GraphQLError($"Int cannot represent non-integer value: {Printer.Print(value)}", GraphQLError.LocationsOf(value));
        if (!int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            throw new GraphQLError($"Int cannot represent non 32-bit signed integer value: {literal.Value}", GraphQLError.LocationsOf(value));
        return Box(number);
    }

    /// <summary>Shares boxes for common small values so lists of counts do not allocate per item.</summary>
    private static object Box(int value) => value is >= -128 and < 1024 ? SmallIntegers[value + 128] : value;
}
