using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Tests.Execution;

public sealed class ExecutionTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query {
              hello(name: String = "world"): String
              number: Int!
              failing: String
              failingNonNull: String!
              nested: Nested
              list: [Nested!]
              slow: String
            }
            type Nested { value: Int, mustHave: String!, parent: Nested }
            type Mutation { first: Int, second: Int }
            """)
        .AddResolver("Query", "hello", ctx => $"Hello {ctx.GetArgument<string>("name")}")
        .AddResolver("Query", "number", _ => 42)
        .AddResolver("Query", "failing", _ => throw new InvalidOperationException("boom"))
        .AddResolver("Query", "failingNonNull", _ => null)
        .AddResolver("Query", "nested", _ => new Dictionary<string, object?> { ["value"] = 1, ["mustHave"] = null })
        .AddResolver("Query", "list", _ => new[] { new NestedValue(1, "a"), new NestedValue(2, null) })
        .AddResolverAsync("Query", "slow", async ctx =>
        {
            await Task.Delay(1, ctx.CancellationToken);
            return "done";
        })
        .Build();

    private sealed record NestedValue(int Value, string? MustHave);

    private static Task<ExecutionResult> Run(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        Executor.ExecuteAsync(Schema, Parser.Parse(query), operationName, variables);

    [Fact]
    public async Task Resolves_arguments_with_defaults()
    {
        var result = await Run("{ hello a: hello(name: \"you\") number }");
        Assert.Equal("""{"data":{"hello":"Hello world","a":"Hello you","number":42}}""", result.ToJson());
    }

    [Fact]
    public async Task Resolver_exception_becomes_field_error_with_path_and_location()
    {
        var result = await Run("{ number\n  failing }");
        Assert.Equal("""{"errors":[{"message":"boom","locations":[{"line":2,"column":3}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"number":42,"failing":null}}""", result.ToJson());
    }

    [Fact]
    public async Task An_unexpected_exception_can_be_shown_with_the_servers_own_words_instead_of_its_message()
    {
        var options = new ExecutionOptions { UnexpectedError = e => new GraphQLError($"Unexpected error ({e.GetType().Name}); see the server log.", code: ErrorCodes.InternalError) };

        var result = await Executor.ExecuteAsync(Schema, Parser.Parse("{ number failing }"), null, null, options);

        Assert.Equal("""{"errors":[{"message":"Unexpected error (InvalidOperationException); see the server log.","locations":[{"line":1,"column":10}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"number":42,"failing":null}}""", result.ToJson());
    }

    [Fact]
    public async Task A_server_can_give_an_exception_it_recognises_a_code_of_its_own()
    {
        var options = new ExecutionOptions
        {
            UnexpectedError = e => e is InvalidOperationException
                ? new GraphQLError("Try again shortly.", code: "SERVICE_AWAY", extensions: new Dictionary<string, object?> { ["retry"] = true })
                : new GraphQLError("Unexpected."),
        };

        var result = await Executor.ExecuteAsync(Schema, Parser.Parse("{ failing }"), null, null, options);

        Assert.Equal("""{"errors":[{"message":"Try again shortly.","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"SERVICE_AWAY","retry":true}}],"data":{"failing":null}}""", result.ToJson());
    }

    [Fact]
    public async Task Null_in_non_null_root_field_nulls_data()
    {
        var result = await Run("{ number failingNonNull }");
        Assert.Null(result.Data);
        Assert.True(result.HasData);
        Assert.Equal("Cannot return null for non-nullable field Query.failingNonNull.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Null_propagates_to_nearest_nullable_parent()
    {
        var result = await Run("{ nested { value mustHave } list { value mustHave } }");
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Nested.mustHave.","locations":[{"line":1,"column":18}],"path":["nested","mustHave"]},{"message":"Cannot return null for non-nullable field Nested.mustHave.","locations":[{"line":1,"column":42}],"path":["list",1,"mustHave"]}],"data":{"nested":null,"list":null}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Async_resolvers_and_typename()
    {
        var result = await Run("{ slow __typename }");
        Assert.Equal("""{"data":{"slow":"done","__typename":"Query"}}""", result.ToJson());
    }

    [Fact]
    public async Task Skip_and_include_with_variables()
    {
        var result = await Run("query($yes: Boolean!) { a: number @skip(if: $yes) b: number @include(if: $yes) }",
            new Dictionary<string, object?> { ["yes"] = true });
        Assert.Equal("""{"data":{"b":42}}""", result.ToJson());
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var result = await Run("query A { number }", operationName: "B");
        Assert.True(result.IsRequestError);
        Assert.Equal("""{"errors":[{"message":"Unknown operation named \"B\".","extensions":{"code":"OPERATION_RESOLUTION_FAILURE"}}]}""", result.ToJson());
    }

    private sealed class CaseCollision
    {
        public string Name => "exact";

        public string NAME => "shouted";

        public string Other = "field";
    }

    [Fact]
    public async Task Default_resolver_prefers_the_exact_member_name_and_reads_fields()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("type Query { item: Item } type Item { Name: String name: String other: String missing: String }")
            .AddResolver("Query", "item", _ => new CaseCollision())
            .Build();
        var result = await Executor.ExecuteAsync(schema, Parser.Parse("{ item { Name name other missing } }"), null, (IReadOnlyDictionary<string, object?>?)null);
        Assert.Equal("""{"data":{"item":{"Name":"exact","name":"exact","other":"field","missing":null}}}""", result.ToJson());
    }
}
