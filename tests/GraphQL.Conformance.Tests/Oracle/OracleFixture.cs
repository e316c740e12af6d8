using System.Text.Json.Nodes;
using AgreementTracker.GraphQL.Conformance.Tests.Corpus;

namespace AgreementTracker.GraphQL.Conformance.Tests.Oracle;

/// <summary>
/// The graphql-js process shared by every test of the suite. If Node or graphql-js is missing,
/// every test fails with the message saying what to install; none is skipped.
/// </summary>
public sealed class OracleFixture : IDisposable
{
    private readonly Lazy<GraphQLJs> _graphQLJs = new(GraphQLJs.Start);

    /// <summary>graphql-js's response to the case, served by the library fixture's schema and data.</summary>
    public async Task<ReferenceAnswer> ExecuteAsync(CorpusCase corpusCase)
    {
        var answer = await _graphQLJs.Value.AskAsync(new JsonObject
        {
            ["kind"] = "execute",
            ["sdl"] = LibraryFixture.Sdl,
            ["rootValue"] = JsonNode.Parse(LibraryFixture.DataJson),
            ["document"] = corpusCase.Document,
            ["variables"] = corpusCase.Variables?.DeepClone(),
            ["operationName"] = corpusCase.OperationName,
        });
        return new ReferenceAnswer(
            answer["result"]!.AsObject(),
            answer["failedRules"]!.AsArray().Select(rule => rule!.GetValue<string>()).ToList());
    }

    /// <summary>graphql-js's subscribe() of the case: {"events": [result per event]} or {"result": failure}.</summary>
    public Task<JsonObject> SubscribeAsync(CorpusCase corpusCase) => _graphQLJs.Value.AskAsync(new JsonObject
    {
        ["kind"] = "subscribe",
        ["sdl"] = LibraryFixture.Sdl,
        ["rootValue"] = JsonNode.Parse(LibraryFixture.DataJson),
        ["document"] = corpusCase.Document,
        ["variables"] = corpusCase.Variables?.DeepClone(),
        ["operationName"] = corpusCase.OperationName,
    });

    /// <summary>The names of the specification's validation rules, as graphql-js calls them.</summary>
    public async Task<IReadOnlyList<string>> ValidationRulesAsync()
    {
        var answer = await _graphQLJs.Value.AskAsync(new JsonObject { ["kind"] = "rules" });
        return answer["rules"]!.AsArray().Select(rule => rule!.GetValue<string>()).ToList();
    }

    /// <summary>graphql-js's printSchema of the SDL, and of the schema it rebuilds from our introspection.</summary>
    public async Task<(string Expected, string Actual)> RoundTripAsync(string sdl, JsonNode introspection)
    {
        var answer = await _graphQLJs.Value.AskAsync(new JsonObject
        {
            ["kind"] = "roundTrip",
            ["sdl"] = sdl,
            ["introspection"] = introspection.DeepClone(),
        });
        return (answer["expected"]!.GetValue<string>(), answer["actual"]!.GetValue<string>());
    }

    public void Dispose()
    {
        if (_graphQLJs.IsValueCreated) _graphQLJs.Value.Dispose();
    }
}

/// <summary>graphql-js's response, and the validation rules that reject the document (empty when valid).</summary>
public sealed record ReferenceAnswer(JsonObject Result, IReadOnlyList<string> FailedRules);

[CollectionDefinition(Name)]
public sealed class OracleCollection : ICollectionFixture<OracleFixture>
{
    public const string Name = "graphql-js oracle";
}
