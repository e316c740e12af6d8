using System.Diagnostics;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>An engine's operations in a single-threaded loop, as graphql-js runs in Node, with the bytes they allocate.</summary>
internal static class EngineThroughput
{
    public static async Task<Throughput> MeasureAsync(IEngineRun run, TimeSpan duration)
    {
        using var process = Process.GetCurrentProcess();
        var processorTimeBefore = process.TotalProcessorTime;
        // Precise counts every thread's allocation context; nothing else runs in this process meanwhile.
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        long operations = 0;
        while (stopwatch.Elapsed < duration)
        {
            await run.RunAsync();
            operations++;
        }
        var elapsed = stopwatch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        return new Throughput(operations, elapsed, process.TotalProcessorTime - processorTimeBefore, allocated / operations);
    }
}
