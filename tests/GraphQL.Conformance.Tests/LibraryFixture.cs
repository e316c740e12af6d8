using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.GraphQL.Conformance.Tests.Corpus;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Protection;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Conformance.Tests;

/// <summary>
/// Our engine serving Fixtures/library.graphql over Fixtures/library-data.json, with every field bound
/// to <see cref="FixtureResolvers"/>: the same schema and data graphql-js serves in the oracle.
/// </summary>
internal static class LibraryFixture
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(ProjectPaths.Fixtures, "library.graphql"));

    public static string DataJson { get; } = File.ReadAllText(Path.Combine(ProjectPaths.Fixtures, "library-data.json"));

    /// <summary>The messages the fixture's resolvers throw: errors whose wording both sides must share.</summary>
    public static IReadOnlySet<string> ErrorMessages { get; } = FixtureErrorMessages(JsonNode.Parse(DataJson));

    private static readonly object? RootValue = JsonValues.ToObject(JsonDocument.Parse(DataJson).RootElement);

    /// <summary>graphql-js has no request limits, so none apply here either.</summary>
    private static readonly GraphQLExecutor Executor = new(BuildSchema(), new GraphQLExecutorOptions
    {
        Limits = new RequestLimits { MaxDocumentLength = null, MaxDepth = null, MaxAliases = null, MaxCost = null },
    });

    /// <summary>Our engine's response to the case through the pipeline transports use (cache, parse, validate, execute), as JSON.</summary>
    public static async Task<JsonObject> ExecuteAsync(CorpusCase corpusCase)
    {
        var result = await Executor.ExecuteAsync(RequestFor(corpusCase), new ExecutionOptions { RootValue = RootValue }, AllowedOperations.All);
        return JsonNode.Parse(result.ToJson())!.AsObject();
    }

    private static GraphQLRequest RequestFor(CorpusCase corpusCase) => new()
    {
        Query = corpusCase.Document,
        OperationName = corpusCase.OperationName,
        Variables = corpusCase.Variables is null ? null : JsonDocument.Parse(corpusCase.Variables.ToJsonString()).RootElement,
    };

    /// <summary>
    /// Our engine's answer to a subscription: every event's result, or the result that prevented
    /// subscribing, as JSON shaped like the oracle's answer ({"events": [...]} or {"result": ...}).
    /// </summary>
    public static async Task<JsonObject> SubscribeAsync(CorpusCase corpusCase)
    {
        var subscription = await Executor.SubscribeAsync(RequestFor(corpusCase), new ExecutionOptions { RootValue = RootValue });
        if (subscription.Failure is { } failure) return new JsonObject { ["result"] = JsonNode.Parse(failure.ToJson()) };
        var events = new JsonArray();
        await foreach (var result in subscription.Stream!) events.Add(JsonNode.Parse(result.ToJson()));
        return new JsonObject { ["events"] = events };
    }

    public static Schema Schema => Executor.Schema;

    private static Schema BuildSchema()
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(Sdl);
        foreach (var type in Parser.Parse(Sdl).Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            foreach (var field in type.Fields)
            {
                builder.AddResolver(type.Name.Value, field.Name.Value,
                    context => FixtureResolvers.Resolve(context.Source, context.FieldName, context.Arguments));
            }
        }
        foreach (var subscription in Parser.Parse(Sdl).Definitions.OfType<ObjectTypeDefinitionNode>().Where(type => type.Name.Value == "Subscription"))
        {
            foreach (var field in subscription.Fields)
            {
                builder.AddSubscription("Subscription", field.Name.Value, _ => FixtureResolvers.Events(RootValue, field.Name.Value));
            }
        }
        return builder.Build();
    }

    private static HashSet<string> FixtureErrorMessages(JsonNode? node) => node switch
    {
        JsonObject marker when marker["$error"] is JsonValue message => [message.GetValue<string>()],
        JsonObject entries => entries.SelectMany(entry => FixtureErrorMessages(entry.Value)).ToHashSet(),
        JsonArray items => items.SelectMany(FixtureErrorMessages).ToHashSet(),
        _ => [],
    };
}
