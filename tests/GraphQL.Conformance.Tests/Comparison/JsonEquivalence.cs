using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.Conformance.Tests.Comparison;

/// <summary>
/// Compares response data exactly: same keys in the same order, same values, where numbers are equal
/// by value (graphql-js writes 1 where .NET may write 1.0) and lists held by the given keys may come
/// in any order.
/// </summary>
public static class JsonEquivalence
{
    public static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, IReadOnlySet<string> unorderedListKeys) =>
        Compare(expected, actual, "$", unorderedListKeys, ordered: true);

    private static IEnumerable<string> Compare(JsonNode? expected, JsonNode? actual, string at, IReadOnlySet<string> unordered, bool ordered)
    {
        var expectedKind = expected?.GetValueKind() ?? JsonValueKind.Null;
        var actualKind = actual?.GetValueKind() ?? JsonValueKind.Null;
        if (expectedKind != actualKind)
        {
            return [$"{at}: expected {Show(expected)}, got {Show(actual)}"];
        }
        return expectedKind switch
        {
            JsonValueKind.Object => CompareObjects(expected!.AsObject(), actual!.AsObject(), at, unordered),
            JsonValueKind.Array => CompareArrays(expected!.AsArray(), actual!.AsArray(), at, unordered, ordered),
            JsonValueKind.Number when NumberOf(expected!) != NumberOf(actual!) => [$"{at}: expected {Show(expected)}, got {Show(actual)}"],
            JsonValueKind.String when expected!.GetValue<string>() != actual!.GetValue<string>() => [$"{at}: expected {Show(expected)}, got {Show(actual)}"],
            _ => [],
        };
    }

    private static IEnumerable<string> CompareObjects(JsonObject expected, JsonObject actual, string at, IReadOnlySet<string> unordered)
    {
        var expectedKeys = expected.Select(property => property.Key).ToList();
        var actualKeys = actual.Select(property => property.Key).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys))
        {
            return [$"{at}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]"];
        }
        return expectedKeys.SelectMany(key =>
            Compare(expected[key], actual[key], $"{at}.{key}", unordered, ordered: !unordered.Contains(key)));
    }

    private static IEnumerable<string> CompareArrays(JsonArray expected, JsonArray actual, string at, IReadOnlySet<string> unordered, bool ordered)
    {
        if (expected.Count != actual.Count)
        {
            return [$"{at}: expected {expected.Count} items, got {actual.Count}: {Show(actual)}"];
        }
        var expectedItems = ordered ? expected.ToList() : SortedCanonically(expected);
        var actualItems = ordered ? actual.ToList() : SortedCanonically(actual);
        return Enumerable.Range(0, expectedItems.Count)
            .SelectMany(index => Compare(expectedItems[index], actualItems[index], $"{at}[{index}]", unordered, ordered: true));
    }

    private static List<JsonNode?> SortedCanonically(JsonArray items) =>
        items.OrderBy(item => item?.ToJsonString() ?? "null", StringComparer.Ordinal).ToList();

    private static double NumberOf(JsonNode number) =>
        double.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";
}
