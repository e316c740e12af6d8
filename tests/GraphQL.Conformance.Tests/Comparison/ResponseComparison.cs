using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.Conformance.Tests.Comparison;

/// <summary>
/// What must agree between graphql-js's response and ours: the data (exactly), whether "data" is
/// present at all (a request error has none), whether there are errors, and the distinct
/// (locations, path) pairs of the errors. Implementations word and count validation errors
/// differently, so messages are compared only for errors the resolver fixture raised itself.
/// </summary>
public static class ResponseComparison
{
    public static IReadOnlyList<string> Differences(
        JsonObject expected, JsonObject actual, IReadOnlySet<string> unorderedListKeys, IReadOnlySet<string> fixtureMessages)
    {
        var differences = new List<string>();
        if (expected.ContainsKey("data") != actual.ContainsKey("data"))
        {
            differences.Add(expected.ContainsKey("data")
                ? "graphql-js answered with \"data\" (the request executed), ours without"
                : "graphql-js answered without \"data\" (a request error), ours with");
        }
        differences.AddRange(JsonEquivalence.Differences(expected["data"], actual["data"], unorderedListKeys)
            .Select(difference => "data " + difference));

        var expectedErrors = ErrorsOf(expected);
        var actualErrors = ErrorsOf(actual);
        if (expectedErrors.Count > 0 != actualErrors.Count > 0)
        {
            differences.Add(expectedErrors.Count > 0 ? "graphql-js reported errors, ours none" : "ours reported errors, graphql-js none");
            return differences;
        }

        var expectedPlaces = expectedErrors.Select(PlaceOf).ToHashSet();
        var actualPlaces = actualErrors.Select(PlaceOf).ToHashSet();
        differences.AddRange(expectedPlaces.Except(actualPlaces).Select(place => $"missing an error at {place}"));
        differences.AddRange(actualPlaces.Except(expectedPlaces).Select(place => $"unexpected error at {place}"));

        foreach (var error in expectedErrors.Where(error => fixtureMessages.Contains(MessageOf(error))))
        {
            var place = PlaceOf(error);
            if (!actualErrors.Any(ours => PlaceOf(ours) == place && MessageOf(ours) == MessageOf(error)))
            {
                differences.Add($"the error at {place} should say \"{MessageOf(error)}\"");
            }
        }
        return differences;
    }

    private static List<JsonObject> ErrorsOf(JsonObject response) =>
        response["errors"]?.AsArray().Select(error => error!.AsObject()).ToList() ?? [];

    private static string MessageOf(JsonObject error) => error["message"]?.GetValue<string>() ?? "";

    private static string PlaceOf(JsonObject error)
    {
        var locations = error["locations"]?.AsArray()
            .Select(location => $"{location!["line"]}:{location["column"]}") ?? [];
        return $"locations [{string.Join(", ", locations)}] path {error["path"]?.ToJsonString() ?? "none"}";
    }
}
