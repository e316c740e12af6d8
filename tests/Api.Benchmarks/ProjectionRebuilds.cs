using System.Diagnostics;
using AgreementTracker.EventStore;

namespace AgreementTracker.Api.Benchmarks;

internal sealed record RebuildTiming(string Projection, ProjectionLifecycle Lifecycle, long Events, TimeSpan Elapsed);

/// <summary>Rebuilds every registered projection from the first event, one after the other, through the store's rebuild API.</summary>
internal static class ProjectionRebuilds
{
    public static async Task<IReadOnlyList<RebuildTiming>> RunAsync(StreamStore store, CancellationToken ct)
    {
        var timings = new List<RebuildTiming>();
        foreach (var name in store.Options.Projections.Names)
        {
            Console.WriteLine($"Rebuilding {name} ...");
            var stopwatch = Stopwatch.StartNew();
            var result = await store.Projections.RebuildAsync(name, null, ct);
            timings.Add(new RebuildTiming(name, result.Lifecycle, result.EventsReplayed, stopwatch.Elapsed));
        }
        return timings;
    }

    /// <summary>Waits until the daemon has applied every event to every asynchronous projection, so it does not compete with the load.</summary>
    public static async Task WaitForDaemonAsync(StreamStore store, CancellationToken ct)
    {
        var reported = Stopwatch.StartNew();
        while (await store.Projections.GetStatusAsync(ct) is var statuses && statuses.Any(s => s.LagEvents > 0))
        {
            if (reported.Elapsed > TimeSpan.FromSeconds(5))
            {
                Console.WriteLine("Waiting for the projection daemon: " + string.Join(", ", statuses.Select(s => $"{s.Name} {s.LagEvents:N0} events behind")));
                reported.Restart();
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }
}
