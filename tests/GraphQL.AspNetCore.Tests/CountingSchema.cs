using System.Runtime.CompilerServices;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>A small schema for the transport tests: greetings, a counter mutation and counting subscriptions.</summary>
internal static class CountingSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String!
          failing: String
          mandatory: String!
          nested: Nested
          viewer: String
        }
        type Nested { level: Nested name: String }
        type Mutation { increment(by: Int! = 1): Int! }
        type Subscription {
          countdown(from: Int!): Int!
          forever: Int!
          brokenStream: Int
        }
        """;

    public static Schema Build()
    {
        var counter = 0;
        return new SchemaBuilder()
            .AddTypeDefinitions(Sdl)
            .AddResolver("Query", "hello", context => $"Hello, {context.GetArgument<string>("name")}!")
            .AddResolver("Query", "failing", _ => throw new GraphQLError("the failing field failed"))
            .AddResolver("Query", "mandatory", _ => null)
            .AddResolver("Query", "nested", _ => new Dictionary<string, object?> { ["name"] = "top" })
            .AddResolver("Query", "viewer", context => context.UserContext as string)
            .AddResolver("Mutation", "increment", context => Interlocked.Add(ref counter, context.GetArgument<int>("by")))
            .AddSubscription("Subscription", "countdown", context => Countdown(context.GetArgument<int>("from"), context.CancellationToken))
            .AddSubscription("Subscription", "forever", context => Forever(context.CancellationToken))
            .AddSubscription("Subscription", "brokenStream", context => Broken(context.CancellationToken))
            .Build();
    }

    private static async IAsyncEnumerable<int> Countdown(int from, [EnumeratorCancellation] CancellationToken cancellation)
    {
        for (var value = from; value >= 0; value--)
        {
            await Task.Yield();
            cancellation.ThrowIfCancellationRequested();
            yield return value;
        }
    }

    private static async IAsyncEnumerable<int> Forever([EnumeratorCancellation] CancellationToken cancellation)
    {
        for (var value = 0; ; value++)
        {
            yield return value;
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellation);
        }
    }

    private static async IAsyncEnumerable<int> Broken([EnumeratorCancellation] CancellationToken cancellation)
    {
        yield return 1;
        await Task.Yield();
        cancellation.ThrowIfCancellationRequested();
        throw new InvalidOperationException("the event source broke");
    }
}
