using System.Diagnostics;
using AgreementTracker.Agreements;
using JasperFx.Events.Projections;
using Marten;

namespace AgreementTracker.Api.Benchmarks;

internal sealed record RebuildTiming(string Projection, ProjectionLifecycle Lifecycle, long Events, TimeSpan Elapsed);

/// <summary>Rebuilding the projections from zero through Marten, and how fast Marten's daemon builds the asynchronous ones.</summary>
internal static class ProjectionRebuilds
{
    /// <summary>Only how long one rebuild may run before the benchmark gives up on it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromHours(2);

    /// <summary>
    /// Rebuilds every inline projection from the first event, one after the other, with Marten's rebuild.
    /// (The asynchronous ones, far behind after a load, are measured by <see cref="MeasureDaemonAsync"/>.)
    /// </summary>
    public static async Task<IReadOnlyList<RebuildTiming>> RunAsync(IDocumentStore store, CancellationToken ct)
    {
        var events = await EventCountAsync(store, ct);
        using var daemon = await store.BuildProjectionDaemonAsync();
        var timings = new List<RebuildTiming>();
        foreach (var name in Projections(store, ProjectionLifecycle.Inline))
        {
            Console.WriteLine($"Rebuilding {name} ...");
            var stopwatch = Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(name, Patience, ct);
            timings.Add(new RebuildTiming(name, ProjectionLifecycle.Inline, events, stopwatch.Elapsed));
        }
        return timings;
    }

    /// <summary>
    /// How fast a daemon of this process applies events to the asynchronous projections, over <paramref name="window"/>:
    /// after a bulk load they are far behind, and catching up on a million events takes longer than a run should.
    /// </summary>
    public static async Task<IReadOnlyList<RebuildTiming>> MeasureDaemonAsync(IDocumentStore store, TimeSpan window, CancellationToken ct)
    {
        var before = await ProgressAsync(store, ct);
        var stopwatch = Stopwatch.StartNew();
        using (var daemon = await store.BuildProjectionDaemonAsync())
        {
            await daemon.StartAllAsync();
            await Task.Delay(window, ct);
            await daemon.StopAllAsync();
        }
        var after = await ProgressAsync(store, ct);
        return Projections(store, ProjectionLifecycle.Async)
            .Select(name => new RebuildTiming(name, ProjectionLifecycle.Async, after.GetValueOrDefault(name) - before.GetValueOrDefault(name), stopwatch.Elapsed))
            .ToList();
    }

    private static IEnumerable<string> Projections(IDocumentStore store, ProjectionLifecycle lifecycle) =>
        ((StoreOptions)store.Options).Projections.All.Where(p => p.Lifecycle == lifecycle).Select(p => p.Name);

    /// <summary>Each projection's position: the sequence of the last event it has applied.</summary>
    private static async Task<Dictionary<string, long>> ProgressAsync(IDocumentStore store, CancellationToken ct) =>
        (await store.Advanced.AllProjectionProgress(token: ct))
            .ToDictionary(s => ShardName.TryParse(s.ShardName, out var shard) ? shard!.Name : s.ShardName, s => s.Sequence);

    private static async Task<long> EventCountAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.QueryAsync<long>($"SELECT count(*) FROM {AgreementsModule.Schema}.mt_events", ct)).Single();
    }
}
