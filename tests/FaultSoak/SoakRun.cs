using System.Diagnostics;
using AgreementTracker.Agreements;
using AgreementTracker.FaultSoak.Cluster;
using AgreementTracker.FaultSoak.Faults;
using AgreementTracker.FaultSoak.Load;
using AgreementTracker.FaultSoak.Proofs;
using AgreementTracker.FaultSoak.Report;
using AgreementTracker.Integrity;
using AgreementTracker.TestSupport;

namespace AgreementTracker.FaultSoak;

/// <summary>
/// One soak: the cluster started and the demo data loaded, the clients and the faults for the duration, the nodes given
/// time to handle what fell due, then stopped, and the database checked.
/// </summary>
internal static class SoakRun
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    public static async Task<SoakResult> RunAsync(SoakOptions options, Action<string> log)
    {
        await using var cluster = await SoakCluster.StartAsync(options, log);
        var targets = await Targets.ReadAsync(cluster.Nodes[0].Url, cluster.Token);
        log($"Working on {targets.Agreements.Count} agreements in force and {targets.Municipalities.Count} municipalities' dashboards.");
        var channels = cluster.Nodes.Select(n => new NodeChannel(n.Url, cluster.Token, options.RequestTimeout)).ToList();
        var clock = Stopwatch.StartNew();
        var load = new SoakLoad(channels, targets, DateOnly.FromDateTime(DateTime.UtcNow), options, clock);
        var faults = new FaultInjector(cluster, options, clock, log);
        using (var stop = new CancellationTokenSource(options.Duration))
        {
            var clients = load.RunAsync(stop.Token);
            var injecting = options.Faults ? faults.RunAsync(stop.Token) : Task.CompletedTask;
            await ReportProgressAsync(load, cluster, clock, clients, log);
            await injecting;
        }
        var loadTime = clock.Elapsed;
        var died = new List<string>();
        foreach (var node in cluster.Nodes.Where(n => !n.IsUp))
        {
            if (node.ExitedByItself)
                died.Add($"node {node.Name}: {node.LastOutput[^Math.Min(2000, node.LastOutput.Length)..]}");
            await cluster.RestartAsync(node);
        }
        log("Load stopped; waiting for the deadlines that fell due ...");
        var deadlines = await DeadlinesOnce.CheckAsync(cluster.Database.DataSource, options.DeadlinePatience, log);
        await cluster.StopNodesAsync();
        foreach (var channel in channels)
            channel.Dispose();
        log("Nodes stopped; checking the writes, the hash chains and the projections ...");
        var outcomes = load.Outcomes.ToList();
        var writes = ExactlyOnce.Check(outcomes, await StoredWrites.ReadAsync(cluster.Database.DataSource, cluster.Actor), cluster.Actor);
        var history = await HistoryVerifier.VerifyAsync(cluster.Database.DataSource, AgreementsModule.Schema);
        var projections = await ProjectionsCheck.RunAsync(cluster.Database.ConnectionString);
        var errors = NodeErrors.From(cluster.Nodes.SelectMany(n => n.Output));
        return new SoakResult(options, loadTime, outcomes, faults.Faults, faults.Kills, died, writes, deadlines, projections, history, errors, MachineLoad.Now());
    }

    private static async Task ReportProgressAsync(SoakLoad load, SoakCluster cluster, Stopwatch clock, Task clients, Action<string> log)
    {
        while (await Task.WhenAny(clients, Task.Delay(ProgressEvery)) != clients)
        {
            var outcomes = load.Outcomes;
            log($"{clock.Elapsed.TotalSeconds,6:N0} s  {outcomes.Count,7:N0} requests, {outcomes.Count(o => o.Final.Kind == AnswerKind.Acknowledged),7:N0} acknowledged, " +
                $"{outcomes.Count(o => o.Retried),5:N0} retried, {outcomes.Count(o => o.GaveUp),3:N0} given up; nodes up: " +
                $"{string.Join(' ', cluster.Nodes.Where(n => n.IsUp).Select(n => n.Name))}; load average {MachineLoad.Now()}");
        }
        await clients;
    }
}
