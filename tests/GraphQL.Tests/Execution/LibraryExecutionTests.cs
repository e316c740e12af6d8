using AgreementTracker.GraphQL.Execution;
using static AgreementTracker.GraphQL.Tests.Execution.LibraryQueries;

namespace AgreementTracker.GraphQL.Tests.Execution;

public sealed class LibraryExecutionTests
{
    private readonly SampleLibrary _library = new();

    [Fact]
    public async Task Resolves_fragments_aliases_enums_and_custom_scalars()
    {
        var json = await Run(_library, """
            query Q($id: ID!) {
              first: book(id: $id) { ...Details }
              second: book(id: "b3") { title genre }
            }
            fragment Details on Book { __typename title genre published price }
            """, """{"id": "b1"}""");
        Assert.Equal("""{"data":{"first":{"__typename":"Book","title":"Out of Africa","genre":"NON_FICTION","published":"1937-04-01","price":129.95},"second":{"title":"alfabet","genre":"POETRY"}}}""", json);
    }

    [Fact]
    public async Task Resolves_interfaces_and_unions_by_runtime_type()
    {
        var json = await Run(_library, """
            { node(id: "a2") { id ... on Author { name } }
              search(text: "issue") { __typename }
              hits: search(text: "Eventyr") { ... on Book { title } ... on Author { name } } }
            """);
        Assert.Equal("""{"data":{"node":{"id":"a2","name":"H. C. Andersen"},"search":[{"__typename":"Magazine"}],"hits":[{"title":"Eventyr"}]}}""", json);
    }

    [Fact]
    public async Task Enum_arguments_reach_resolvers_as_clr_enums()
    {
        var json = await Run(_library, "{ books(genre: FICTION) { totalCount nodes { id } } }");
        Assert.Equal("""{"data":{"books":{"totalCount":2,"nodes":[{"id":"b2"},{"id":"b4"}]}}}""", json);
    }

    [Fact]
    public async Task Mutations_run_serially_in_document_order()
    {
        var json = await Run(_library, "mutation { a: increment b: increment c: increment }");
        Assert.Equal("""{"data":{"a":1,"b":2,"c":3}}""", json);
    }

    [Fact]
    public async Task Validation_errors_come_back_without_data()
    {
        var result = await Execute(_library, "{ book(id: 1) { titel } }");
        Assert.True(result.IsRequestError);
        Assert.Equal(RequestErrorKind.Validation, result.ErrorKind);
        Assert.Equal("""{"errors":[{"message":"Cannot query field \"titel\" on type \"Book\". Did you mean \"title\" or \"writer\"?","locations":[{"line":1,"column":17}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""", result.ToJson());
    }

    [Fact]
    public async Task Syntax_errors_come_back_without_data()
    {
        var result = await Execute(_library, "{ book(id: ");
        Assert.Equal(RequestErrorKind.Syntax, result.ErrorKind);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Unexpected <EOF>.","locations":[{"line":1,"column":12}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""", result.ToJson());
    }

    [Fact]
    public async Task Mutations_are_refused_when_the_transport_allows_only_queries()
    {
        var executor = new GraphQLExecutor(_library.Schema);
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { increment }" }, allowed: AllowedOperations.Query);
        Assert.Equal(RequestErrorKind.OperationNotAllowed, result.ErrorKind);
        Assert.Equal(0, _library.Counter);
    }

    [Fact]
    public async Task Cancellation_stops_execution()
    {
        using var cancellation = new CancellationTokenSource();
        var executor = new GraphQLExecutor(_library.Schema);
        var running = executor.ExecuteAsync(new GraphQLRequest { Query = "{ slowCount(delayMs: 60000) }" },
            new ExecutionOptions { CancellationToken = cancellation.Token });
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }
}
