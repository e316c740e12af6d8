using System.Diagnostics;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>Our engine's request pipeline in a single-threaded loop, as graphql-js runs in Node.</summary>
internal static class EngineThroughput
{
    /// <param name="executor">With a document cache of 0 every run parses and validates, like graphql-js's graphql().</param>
    public static async Task<Throughput> MeasureAsync(GraphQLExecutor executor, string query, TimeSpan warmUp, TimeSpan duration)
    {
        var request = new GraphQLRequest { Query = query };
        await RunForAsync(executor, request, warmUp);
        return await RunForAsync(executor, request, duration);
    }

    private static async Task<Throughput> RunForAsync(GraphQLExecutor executor, GraphQLRequest request, TimeSpan duration)
    {
        using var process = Process.GetCurrentProcess();
        var processorTimeBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        long operations = 0;
        while (stopwatch.Elapsed < duration)
        {
            var result = await executor.ExecuteAsync(request);
            if (result.Errors is { Count: > 0 } errors) throw new InvalidOperationException(errors[0].Message);
            operations++;
        }
        process.Refresh();
        return new Throughput(operations, stopwatch.Elapsed, process.TotalProcessorTime - processorTimeBefore);
    }
}
