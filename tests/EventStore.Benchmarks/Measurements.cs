using System.Diagnostics;

namespace AgreementTracker.EventStore.Benchmarks;

/// <summary>One line of the report: the store's figure, the raw PostgreSQL figure for the same rows, and their ratio.</summary>
public sealed record Measurement(string Phase, double Store, double Raw, string Unit, bool HigherIsBetter)
{
    /// <summary>Store relative to raw PostgreSQL: above 1 means the store is slower by that factor.</summary>
    public double SlowdownFactor => HigherIsBetter ? Raw / Store : Store / Raw;
}

public static class Timing
{
    public static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var stopwatch = Stopwatch.StartNew();
        await action();
        return stopwatch.Elapsed;
    }

    /// <summary>Latencies in milliseconds of each call, in order.</summary>
    public static async Task<List<double>> LatenciesAsync(int count, Func<int, Task> call)
    {
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await call(i);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return latencies;
    }

    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(percentile / 100 * (sorted.Count - 1)))];
    }

    public static double PerSecond(long count, TimeSpan elapsed) => count / elapsed.TotalSeconds;
}
