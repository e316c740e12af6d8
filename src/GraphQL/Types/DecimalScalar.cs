using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// Opt-in scalar for exact decimal numbers (money): resolvers see <see cref="decimal"/>, and values travel
/// as JSON numbers written digit for digit, never through a double. Input may be a number or a numeric string.
/// </summary>
public sealed class DecimalScalar(string name = "Decimal") : ScalarType(name)
{
    public override object? Serialize(object? value) => value switch
    {
        decimal exact => exact,
        int or long or short or byte or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string text => Parse(text, null),
        _ => throw new GraphQLError($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    public override object? ParseValue(object? value) => value switch
    {
        decimal exact => exact,
        int or long => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string text => Parse(text, null),
        _ => throw new GraphQLError($"{Name} cannot represent this value exactly: {Inspect.Value(value)}"),
    };

    public override object? ParseLiteral(ValueNode value) => value switch
    {
        IntValueNode i => Parse(i.Value, value),
        FloatValueNode f => Parse(f.Value, value),
        StringValueNode s => Parse(s.Value, value),
        _ => throw new GraphQLError($"{Name} cannot represent a non numeric value: {Printer.Print(value)}", GraphQLError.LocationsOf(value)),
    };

    private decimal Parse(string text, ValueNode? node) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var exact)
            ? exact
            : throw new GraphQLError($"{Name} cannot represent {Inspect.Value(text)}: not a decimal number within ±7.9e28.",
                node is null ? null : GraphQLError.LocationsOf(node));
}
