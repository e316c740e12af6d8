using System.Diagnostics;
using AgreementTracker.FaultSoak.Cluster;

namespace AgreementTracker.FaultSoak.Faults;

/// <summary>A fault and when it struck, measured on the soak's clock.</summary>
internal sealed record Fault(TimeSpan At, string What);

/// <summary>
/// Every <see cref="SoakOptions.KillEvery"/> the nodes take turns to be killed with SIGKILL and started again at once
/// (a supervisor's restart); at <see cref="SoakOptions.DatabaseRestartAt"/> PostgreSQL is restarted in immediate mode.
/// Read <see cref="Faults"/> once <see cref="RunAsync"/> has finished.
/// </summary>
internal sealed class FaultInjector(SoakCluster cluster, SoakOptions options, Stopwatch clock, Action<string> log)
{
    private const int StartAttempts = 10;
    private const int ErrorLinesShown = 12;

    private readonly List<Fault> _faults = [];

    public IReadOnlyList<Fault> Faults => _faults;

    public int Kills => _faults.Count(f => f.What.StartsWith("kill", StringComparison.Ordinal));

    /// <summary>The kills, one after the other (a node is not killed while the other is still starting), and beside them the database's restart on its own time.</summary>
    public Task RunAsync(CancellationToken stop) => Task.WhenAll(KillsAsync(stop), DatabaseRestartAsync(stop));

    private async Task KillsAsync(CancellationToken stop)
    {
        var kill = 0;
        for (var at = options.KillEvery; at < options.Duration; at += options.KillEvery)
        {
            if (!await UntilAsync(at, stop))
                return;
            await KillAndRestartAsync(cluster.Nodes[kill++ % cluster.Nodes.Count]);
        }
    }

    private async Task DatabaseRestartAsync(CancellationToken stop)
    {
        if (await UntilAsync(options.DatabaseRestartAt, stop))
            await RestartDatabaseAsync();
    }

    /// <returns>False when the load stopped first.</returns>
    private async Task<bool> UntilAsync(TimeSpan at, CancellationToken stop)
    {
        var wait = at - clock.Elapsed;
        try
        {
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        return !stop.IsCancellationRequested;
    }

    private void Record(string what)
    {
        lock (_faults)
            _faults.Add(new Fault(clock.Elapsed, what));
    }

    private async Task KillAndRestartAsync(ServerNode node)
    {
        Record($"kill -9 node {node.Name}");
        await node.KillAsync();
        var down = Stopwatch.StartNew();
        await StartAgainAsync(node);
        log($"{clock.Elapsed.TotalSeconds,6:N0} s  killed node {node.Name} with SIGKILL; it answers again after {down.Elapsed.TotalSeconds:N1} s");
    }

    /// <summary>A supervisor tries again when a start fails (the port not yet free, the database recovering).</summary>
    private async Task StartAgainAsync(ServerNode node)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await cluster.RestartAsync(node);
                return;
            }
            catch (Exception e) when (attempt < StartAttempts)
            {
                log($"{clock.Elapsed.TotalSeconds,6:N0} s  node {node.Name} did not start; trying again. It said:{Environment.NewLine}{Tail(e.Message)}");
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
        }
    }

    private static string Tail(string text) => string.Join(Environment.NewLine, text.Split('\n').TakeLast(ErrorLinesShown));

    private async Task RestartDatabaseAsync()
    {
        Record("PostgreSQL restart -m immediate");
        var down = Stopwatch.StartNew();
        await cluster.Database.RestartImmediatelyAsync();
        log($"{clock.Elapsed.TotalSeconds,6:N0} s  restarted PostgreSQL in immediate mode; it accepts connections again after {down.Elapsed.TotalSeconds:N1} s");
    }
}
