using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Protection;

namespace AgreementTracker.GraphQL.Tests.Protection;

public sealed class RequestLimitsTests
{
    private static async Task<ExecutionResult> Run(RequestLimits limits, string query)
    {
        var executor = new GraphQLExecutor(new SampleLibrary().Schema, new GraphQLExecutorOptions { Limits = limits });
        return await executor.ExecuteAsync(new GraphQLRequest { Query = query });
    }

    [Fact]
    public async Task Documents_over_the_size_limit_are_refused_before_parsing()
    {
        var result = await Run(new RequestLimits { MaxDocumentLength = 20 }, "{ allBooks { title author { name } } }");
        Assert.Equal(RequestErrorKind.Limit, result.ErrorKind);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
        Assert.Equal("The document is 38 characters long; the limit is 20.", error.Message);
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var result = await Run(new RequestLimits { MaxDepth = 3 },
            "{ allBooks { ...A } } fragment A on Book { author { books { title } } }");
        Assert.Equal("The operation is nested 4 levels deep; the limit is 3.", Assert.Single(result.Errors!).Message);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, result.Errors![0].Code);
        Assert.False((await Run(new RequestLimits { MaxDepth = 4 }, "{ allBooks { ...A } } fragment A on Book { author { books { title } } }")).IsRequestError);
    }

    [Fact]
    public async Task Aliases_are_counted()
    {
        var result = await Run(new RequestLimits { MaxAliases = 2 }, "{ a: allBooks { id } b: allBooks { id } c: allBooks { id } }");
        Assert.Equal(ErrorCodes.MaxAliasesExceeded, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Cost_multiplies_by_requested_page_size()
    {
        var result = await Run(new RequestLimits { MaxCost = 100 }, "query Big { books(first: 50) { nodes { id title } } }");
        Assert.Equal("Operation \"Big\" costs 151; the budget is 100.", Assert.Single(result.Errors!).Message);
        Assert.Equal(ErrorCodes.CostBudgetExceeded, result.Errors![0].Code);
    }

    [Fact]
    public async Task Fragment_bombs_are_measured_without_expanding_them()
    {
        var fragments = string.Join(" ", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Book {{ ...F{i + 1} ...F{i + 1} }}"));
        var result = await Run(RequestLimits.Default, "{ allBooks { ...F0 } } " + fragments + " fragment F30 on Book { id }");
        Assert.Equal(ErrorCodes.CostBudgetExceeded, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Repeated_queries_reuse_the_parsed_and_validated_document()
    {
        var executor = new GraphQLExecutor(new SampleLibrary().Schema, new GraphQLExecutorOptions { DocumentCacheSize = 2 });
        var first = executor.Prepare("{ allBooks { id } }");
        Assert.Same(first, executor.Prepare("{ allBooks { id } }"));
        executor.Prepare("{ a: allBooks { id } }");
        executor.Prepare("{ b: allBooks { id } }");
        Assert.Equal(2, executor.CachedDocumentCount);
        Assert.NotSame(first, executor.Prepare("{ allBooks { id } }"));
        Assert.Equal(RequestErrorKind.MissingQuery, executor.Prepare("").ErrorKind);
    }

    [Fact]
    public async Task Fragment_chains_deeper_than_the_stack_allows_are_refused_not_fatal()
    {
        const int chain = 20_000;
        var text = new System.Text.StringBuilder("{ ...F0 }");
        for (var i = 0; i < chain; i++) text.Append($" fragment F{i} on Query {{ allBooks {{ id }} ...F{i + 1} }}");
        text.Append($" fragment F{chain} on Query {{ allBooks {{ id }} }}");
        var unlimited = new RequestLimits { MaxDocumentLength = null, MaxDepth = null, MaxAliases = null, MaxCost = null };

        var result = await Task.Run(() => Run(unlimited, text.ToString()));

        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, Assert.Single(result.Errors!).Code);
    }
}
