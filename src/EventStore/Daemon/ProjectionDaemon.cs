using System.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace AgreementTracker.EventStore;

/// <summary>
/// Follows the event store for every asynchronous projection (a hosted service: register it, or call
/// Start/Stop yourself). Each projection runs on exactly one node at a time; see <see cref="ProjectionAgent"/>.
/// </summary>
public sealed class ProjectionDaemon : IHostedService, IAsyncDisposable
{
    private readonly StreamStore _store;
    private readonly Dictionary<string, ProjectionAgent> _agents;
    private CancellationTokenSource? _stopping;
    private Task[] _running = [];

    internal ProjectionDaemon(StreamStore store, DaemonOptions options)
    {
        _store = store;
        Options = options;
        _agents = store.Options.Projections.Async.ToDictionary(p => p.Name, p => new ProjectionAgent(store, p, options));
    }

    public DaemonOptions Options { get; }
    public bool IsRunning => _stopping is not null;

    /// <summary>Whether this node currently runs the projection (holds its lock).</summary>
    public bool IsRunningProjection(string projection) => Agent(projection).IsLeader;

    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_stopping is not null)
            throw new InvalidOperationException("The projection daemon is already running.");
        _stopping = new CancellationTokenSource();
        var stopping = _stopping.Token;
        _running = _agents.Values.Select(agent => Task.Run(() => agent.RunAsync(stopping), CancellationToken.None)).ToArray();
        return Task.CompletedTask;
    }

    /// <summary>Stops applying, lets in-flight batches roll back or commit, and releases every projection lock.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopping is null)
            return;
        await _stopping.CancelAsync();
        await Task.WhenAll(_running).WaitAsync(cancellationToken);
        _stopping.Dispose();
        _stopping = null;
        _running = [];
    }

    /// <summary>
    /// Rebuilds an asynchronous projection: <see cref="ProjectionAdmin.RebuildAsync"/>, which works on any
    /// node whether or not this one runs the projection; the daemon carries on from its unchanged checkpoint.
    /// </summary>
    public Task<ProjectionRebuildResult> RebuildAsync(
        string projection, IProgress<ProjectionRebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Agent(projection);
        return _store.Projections.RebuildAsync(projection, progress, cancellationToken);
    }

    /// <summary>Waits until every asynchronous projection has applied every committed event.</summary>
    public async Task WaitForNonStaleAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            var statuses = await _store.Projections.GetStatusAsync(cancellationToken);
            var behind = statuses.Where(s => s.LagEvents > 0).ToList();
            if (behind.Count == 0)
                return;
            if (waiting.Elapsed > timeout)
                throw new TimeoutException("Projections still behind after " + timeout + ": " +
                    string.Join(", ", behind.Select(s => $"{s.Name} ({s.LagEvents} events, last error: {s.LastError ?? "none"})")));
            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private ProjectionAgent Agent(string projection) =>
        _agents.TryGetValue(projection, out var agent)
            ? agent
            : throw new ArgumentException($"No asynchronous projection named '{projection}' is registered.", nameof(projection));
}
