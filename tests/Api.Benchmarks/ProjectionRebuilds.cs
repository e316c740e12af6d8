using System.Diagnostics;
using AgreementTracker.EventStore;

namespace AgreementTracker.Api.Benchmarks;

internal sealed record RebuildTiming(string Projection, ProjectionLifecycle Lifecycle, long Events, TimeSpan Elapsed);

/// <summary>Rebuilding the projections from zero, and how fast the daemon builds the asynchronous ones.</summary>
internal static class ProjectionRebuilds
{
    /// <summary>
    /// Rebuilds every inline projection from the first event, one after the other, through the store's rebuild API.
    /// (An asynchronous projection's rebuild replays up to its checkpoint only, so it is measured by <see cref="MeasureDaemonAsync"/>.)
    /// </summary>
    public static async Task<IReadOnlyList<RebuildTiming>> RunAsync(StreamStore store, CancellationToken ct)
    {
        var timings = new List<RebuildTiming>();
        foreach (var name in store.Options.Projections.Inline.Select(p => p.Name))
        {
            Console.WriteLine($"Rebuilding {name} ...");
            var stopwatch = Stopwatch.StartNew();
            var result = await store.Projections.RebuildAsync(name, null, ct);
            timings.Add(new RebuildTiming(name, result.Lifecycle, result.EventsReplayed, stopwatch.Elapsed));
        }
        return timings;
    }

    /// <summary>
    /// How fast a daemon of this process applies events to the asynchronous projections, over <paramref name="window"/>:
    /// after a bulk load they are far behind, and catching up on a million events takes longer than a run should.
    /// </summary>
    public static async Task<IReadOnlyList<RebuildTiming>> MeasureDaemonAsync(StreamStore store, TimeSpan window, CancellationToken ct)
    {
        var before = await store.Projections.GetStatusAsync(ct);
        var stopwatch = Stopwatch.StartNew();
        await using (var daemon = store.CreateDaemon())
        {
            await daemon.StartAsync(ct);
            await Task.Delay(window, ct);
            await daemon.StopAsync(CancellationToken.None);
        }
        var after = await store.Projections.GetStatusAsync(ct);
        return after.Select(a => new RebuildTiming(
                a.Name, ProjectionLifecycle.Async, a.CheckpointSequence - before.Single(b => b.Name == a.Name).CheckpointSequence, stopwatch.Elapsed))
            .ToList();
    }
}
