using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Tests.Execution;

public sealed class SubscriptionTests
{
    [Fact]
    public async Task Each_source_event_becomes_a_result()
    {
        var library = new SampleLibrary();
        var executor = new GraphQLExecutor(library.Schema);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var subscription = await executor.SubscribeAsync(new GraphQLRequest { Query = "subscription { bookAdded(genre: POETRY) { title genre } }" },
            new ExecutionOptions { CancellationToken = cancellation.Token });
        Assert.True(subscription.IsSuccess);

        await using var events = subscription.Stream!.GetAsyncEnumerator(cancellation.Token);
        var next = events.MoveNextAsync();
        while (library.SubscriberCount == 0) await Task.Delay(10, cancellation.Token);
        await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { addBook(input: {title: \"Prose\"}) { id } }" });
        await executor.ExecuteAsync(new GraphQLRequest { Query = "mutation { addBook(input: {title: \"Poem\", genre: POETRY}) { id } }" });

        Assert.True(await next);
        Assert.Equal("""{"data":{"bookAdded":{"title":"Poem","genre":"POETRY"}}}""", events.Current.ToJson());
    }

    [Fact]
    public async Task Invalid_subscriptions_fail_before_subscribing()
    {
        var library = new SampleLibrary();
        var subscription = await new GraphQLExecutor(library.Schema).SubscribeAsync(new GraphQLRequest { Query = "subscription { bookAdded { nope } }" });
        Assert.False(subscription.IsSuccess);
        Assert.Equal(RequestErrorKind.Validation, subscription.Failure!.ErrorKind);
    }

    [Fact]
    public async Task A_failing_source_stream_answers_with_located_errors_only()
    {
        var schema = new AgreementTracker.GraphQL.Types.SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int } type Subscription { ticks: Int }")
            .AddSubscription<int>("Subscription", "ticks", _ => throw new InvalidOperationException("no ticks today"))
            .Build();
        var subscription = await new GraphQLExecutor(schema).SubscribeAsync(new GraphQLRequest { Query = "subscription {\n  ticks\n}" });
        Assert.False(subscription.IsSuccess);
        Assert.Equal("""{"errors":[{"message":"no ticks today","locations":[{"line":2,"column":3}],"path":["ticks"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            subscription.Failure!.ToJson());
    }
}
