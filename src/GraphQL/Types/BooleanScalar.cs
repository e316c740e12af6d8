using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The built-in Boolean.</summary>
public sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    internal static readonly object True = true;
    internal static readonly object False = false;

    public override object? Serialize(object? value)
    {
        if (value is bool b) return b ? True : False;
        if (NumericValues.TryGetDouble(value, out var number) && double.IsFinite(number)) return number != 0 ? True : False;
        throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
    }

    public override object? ParseValue(object? value) =>
        value is bool b ? (b ? True : False) : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode value) =>
        value is BooleanValueNode b
            ? (b.Value ? True : False)
            : throw new GraphQLError($"Boolean cannot represent a non boolean value: {Printer.Print(value)}", GraphQLError.LocationsOf(value));
}
