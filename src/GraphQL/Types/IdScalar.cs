using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The built-in ID: serialized as a string; accepts strings and integers as input.</summary>
public sealed class IdScalar() : ScalarType("ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case Guid g:
                return g.ToString();
        }
        if (NumericValues.TryGetDouble(value, out var number) && NumericValues.IsInteger(number)) return Inspect.Number(number);
        throw new GraphQLError($"ID cannot represent value: {Inspect.Value(value)}");
    }

    public override object? ParseValue(object? value)
    {
        if (value is string s) return s;
        if (NumericValues.TryGetDouble(value, out var number) && NumericValues.IsInteger(number)) return Inspect.Number(number);
        throw new GraphQLError($"ID cannot represent value: {Inspect.Value(value)}");
    }

    public override object? ParseLiteral(ValueNode value) => value switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLError($"ID cannot represent a non-string and non-integer value: {Printer.Print(value)}", GraphQLError.LocationsOf(value)),
    };
}
