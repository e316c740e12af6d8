using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>The built-in String: UTF-8 text (any CLR string; booleans and finite numbers are printed).</summary>
public sealed class StringScalar() : ScalarType("String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object? Serialize(object? value)
    {
        switch (value)
        {
            case string s:
                return s;
            case bool b:
                return b ? "true" : "false";
            case Guid or Uri:
                return value.ToString();
            case DateTime or DateTimeOffset:
                return ((IFormattable)value).ToString("O", CultureInfo.InvariantCulture);
            case DateOnly date:
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case Enum e:
                return e.ToString();
            case char c:
                return c.ToString();
        }
        if (value is not decimal && NumericValues.TryGetDouble(value, out var number) && double.IsFinite(number)) return Inspect.Number(number);
        if (value is decimal m) return m.ToString(CultureInfo.InvariantCulture);
        throw new GraphQLError($"String cannot represent value: {Inspect.Value(value)}");
    }

    public override object? ParseValue(object? value) =>
        value as string ?? throw new GraphQLError($"String cannot represent a non string value: {Inspect.Value(value)}");

    public override object? ParseLiteral(ValueNode value) =>
        value is StringValueNode s
            ? s.Value
            : throw new GraphQLError($"String cannot represent a non string value: {Printer.Print(value)}", GraphQLError.LocationsOf(value));
}
