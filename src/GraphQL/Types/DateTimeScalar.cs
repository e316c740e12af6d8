using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// Opt-in scalar for instants: RFC 3339 date-time strings with an offset (e.g. <c>2024-05-01T12:30:00Z</c>).
/// Resolvers see <see cref="DateTimeOffset"/>; they may return DateTimeOffset or DateTime.
/// </summary>
public sealed class DateTimeScalar(string name = "DateTime") : StringEncodedScalar<DateTimeOffset>(name)
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];

    public override object? Serialize(object? value) => value switch
    {
        DateTimeOffset instant => Format(instant),
        DateTime dateTime => Format(dateTime.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dateTime, TimeSpan.Zero) : new DateTimeOffset(dateTime)),
        string text => Format(Parse(text)),
        _ => throw new GraphQLError($"{Name} cannot represent value: {Inspect.Value(value)}"),
    };

    protected override DateTimeOffset Parse(string text, ValueNode? node = null)
    {
        if (DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > 10))
            return instant;
        throw new GraphQLError($"{Name} cannot represent an invalid date-time string (RFC 3339 with offset expected): {Inspect.Value(text)}",
            node is null ? null : GraphQLError.LocationsOf(node));
    }

    private static string Format(DateTimeOffset instant) =>
        instant.Offset == TimeSpan.Zero
            ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
