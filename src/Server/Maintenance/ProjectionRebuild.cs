using System.Globalization;
using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Lifecycle;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary><c>projections rebuild</c>: Marten's rebuild of each projection from the first event, with progress and its figures.</summary>
internal static class ProjectionRebuild
{
    /// <summary>How long Marten lets one projection's rebuild run before giving up: the national data set takes minutes.</summary>
    private static readonly TimeSpan ShardTimeout = TimeSpan.FromHours(2);

    public static async Task<int> RunAsync(
        IDocumentStore store, NpgsqlDataSource dataSource, IReadOnlyList<string> names, TimeProvider clock, TextWriter output, CancellationToken ct)
    {
        await using var locks = await RebuildLocks.TakeAsync(store, dataSource, names, ct);
        using var daemon = await store.BuildProjectionDaemonAsync();
        // Side by side, as JasperFx's own 'projections rebuild' does: each projection reads the events and writes tables of
        // its own, and one's waits on PostgreSQL leave the cores to another's folding.
        var log = TextWriter.Synchronized(output);
        await Task.WhenAll(names.Select(name => RebuildAsync(store, dataSource, daemon, name, clock, log, ct)));
        return 0;
    }

    private static async Task RebuildAsync(
        IDocumentStore store, NpgsqlDataSource dataSource, IProjectionDaemon daemon, string name, TimeProvider clock, TextWriter log, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        using (daemon.Tracker.Subscribe(new RebuildProgress(name, daemon.Tracker, clock, log)))
            await daemon.RebuildProjectionAsync(name, ShardTimeout, ct);
        var events = await EventsUpToAsync(dataSource, daemon.Tracker.HighWaterMark, ct);
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name}: rebuilt from {events:N0} events in {clock.GetElapsedTime(started).TotalSeconds:N1} s"));
        if (ProjectionNames.SourceOf(store, name) is AgreementProjection)
        {
            // Marten raises no side effects in a rebuild, and the follow-up tables are the agreement projection's side effect.
            started = clock.GetTimestamp();
            var agreements = await FollowUpRewrite.RunAsync(store, dataSource, clock, ct);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name}: follow-up tables rewritten from {agreements:N0} rebuilt agreements in {clock.GetElapsedTime(started).TotalSeconds:N1} s"));
        }
    }

    /// <summary>How many events a rebuild up to <paramref name="highWaterMark"/> went through (Marten's tombstones of failed appends aside).</summary>
    private static async Task<long> EventsUpToAsync(NpgsqlDataSource dataSource, long highWaterMark, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT count(*) FROM {AgreementsModule.Schema}.mt_events WHERE seq_id <= $1 AND type <> 'tombstone'");
        command.Parameters.Add(new NpgsqlParameter { Value = highWaterMark });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
