using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>Opt-in scalar for calendar dates, <c>YYYY-MM-DD</c>. Resolvers see <see cref="DateOnly"/>.</summary>
public sealed class DateScalar(string name = "Date") : StringEncodedScalar<DateOnly>(name)
{
    private const string Format = "yyyy-MM-dd";

    public override object? Serialize(object? value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset instant => DateOnly.FromDateTime(instant.Date).ToString(Format, CultureInfo.InvariantCulture),
        string text => Parse(text).ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new GraphQLError($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    protected override DateOnly Parse(string text, ValueNode? node = null) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLError($"{Name} cannot represent an invalid date string (YYYY-MM-DD expected): {Inspect.Value(text)}",
                node is null ? null : GraphQLError.LocationsOf(node));
}
