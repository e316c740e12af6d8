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

    public static void Rebuilds(TextWriter output, IReadOnlyList<RebuildTiming> rebuilds, string loadAverage)
    {
        output.WriteLine();
        output.WriteLine($"| projection (inline: rebuilt from zero; async: the daemon watched for a while) (load avg {loadAverage}) | lifecycle | events | seconds | events/s |");
        output.WriteLine("|---|---|---:|---:|---:|");
        foreach (var r in rebuilds)
            output.WriteLine($"| {r.Projection} | {r.Lifecycle} | {r.Events:N0} | {r.Elapsed.TotalSeconds:N1} | {r.Events / r.Elapsed.TotalSeconds:N0} |");
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
