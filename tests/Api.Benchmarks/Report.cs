namespace AgreementTracker.Api.Benchmarks;

/// <summary>The figures as Markdown tables, ready for the README.</summary>
internal static class Report
{
    public static void Load(TextWriter output, DemoLoad loaded, string loadAverage)
    {
        output.WriteLine();
        output.WriteLine("| load the data set (the server's start with --Demo:Agreements, read models inline) | events written | already there | seconds | events/s (written, or checked when all were there) | load avg |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|");
        output.WriteLine($"| {loaded.Streams:N0} streams | {loaded.EventsWritten:N0} | {loaded.EventsAlreadyThere:N0} | {loaded.Elapsed.TotalSeconds:N1} | " +
                         $"{(loaded.EventsWritten > 0 ? loaded.EventsWritten : loaded.EventsAlreadyThere) / loaded.Elapsed.TotalSeconds:N0} | {loadAverage} |");
    }

    public static void Rebuilds(TextWriter output, RebuildAll rebuilt, RawEventRead raw)
    {
        output.WriteLine();
        output.WriteLine("| rebuild every read model | seconds | events/s | load avg before / after |");
        output.WriteLine("|---|---:|---:|---|");
        output.WriteLine($"| `projections rebuild all` (exit code {rebuilt.ExitCode}), process work and PostgreSQL's start included | " +
                         $"{rebuilt.Elapsed.TotalSeconds:N1} | {raw.Events / rebuilt.Elapsed.TotalSeconds:N0} | {rebuilt.LoadAverageBefore} / {rebuilt.LoadAverageAfter} |");
        output.WriteLine($"| raw PostgreSQL: COPY every event's row out ({raw.Events:N0} events, {raw.Bytes / 1048576.0:N0} MiB), counted, not parsed | " +
                         $"{raw.Elapsed.TotalSeconds:N1} | {raw.Events / raw.Elapsed.TotalSeconds:N0} | |");
    }

    public static void Scenarios(TextWriter output, IReadOnlyList<(ScenarioResult Result, string LoadAverage)> scenarios)
    {
        output.WriteLine();
        output.WriteLine("| scenario | clients | answered ok | failed | requests/s | p50 ms | p95 ms | p99 ms | max ms | mean answer | load avg |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (r, loadAverage) in scenarios)
        {
            var l = r.Latencies;
            output.WriteLine($"| {r.Name} | {r.Clients} | {l.Count:N0} | {r.FailureCount:N0} | {r.PerSecond:N1} | {l.Percentile(0.50):N1} | {l.Percentile(0.95):N1} | " +
                             $"{l.Percentile(0.99):N1} | {l.Max:N1} | {r.MeanResponseBytes / 1024.0:N1} KiB | {loadAverage} |");
        }
        foreach (var (r, _) in scenarios)
        {
            Failures(output, $"Failures of {r.Name}", r.Failures);
            Failures(output, $"Failures of {r.Name} during the warm-up", r.WarmUpFailures);
        }
    }

    private static void Failures(TextWriter output, string title, IReadOnlyDictionary<string, long> failures)
    {
        if (failures.Count == 0)
            return;
        output.WriteLine();
        output.WriteLine($"{title}:");
        foreach (var (kind, count) in failures.OrderByDescending(f => f.Value).Take(10))
            output.WriteLine($"  {count,8:N0} x {kind}");
    }
}
