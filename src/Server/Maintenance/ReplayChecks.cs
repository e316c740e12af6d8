using System.Globalization;
using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>The checks of the projections that write tables event by event: the events replayed through their own row writers into scratch copies.</summary>
internal static class ReplayChecks
{
    private const int StreamsPerBatch = 200;
    private const int EventsPerBatch = 2_000;

    public static async Task<ProjectionCheckReport> OrganisationDirectoryAsync(CheckSnapshot snapshot, string projection, CancellationToken ct)
    {
        var scratch = await snapshot.CreateScratchAsync(OrganisationDirectoryTable.Definition, ct);
        var streams = await snapshot.StreamsAsync(typeof(IOrganisationEvent), ct);
        foreach (var chunk in streams.Chunk(StreamsPerBatch))
        {
            await using var batch = new NpgsqlBatch();
            foreach (var (id, _) in chunk)
                foreach (var e in await snapshot.Session.Events.FetchStreamAsync(id, token: ct))
                    if (OrganisationDirectoryTable.CommandFor(scratch, id, e.Data) is { } command)
                        batch.BatchCommands.Add(command);
            await snapshot.ExecuteAsync(batch, ct);
        }
        var table = OrganisationDirectoryTable.TableName;
        var difference = await snapshot.CompareAsync(table, $"SELECT * FROM {table}", $"SELECT * FROM {scratch}", ct);
        return new ProjectionCheckReport(projection, string.Create(CultureInfo.InvariantCulture, $"{streams.Count:N0} organisations replayed"), [difference]);
    }

    /// <summary>Every event up to the one the daemon has reached, replayed through <see cref="AuditTimelineRows"/> as the daemon does.</summary>
    public static async Task<ProjectionCheckReport> AuditTimelineAsync(CheckSnapshot snapshot, string projection, CancellationToken ct)
    {
        foreach (var table in AuditTimelineTables.Definitions)
            await snapshot.CreateScratchAsync(table, ct);
        var scratch = new AuditTimelineTables(
            CheckSnapshot.Scratch(AuditTimelineTables.TimelineTable), CheckSnapshot.Scratch(AuditTimelineTables.AgreementStateTable),
            CheckSnapshot.Scratch(AuditTimelineTables.OrganisationStateTable));
        var reached = await ReachedAsync(snapshot, projection, ct);
        var replayed = 0L;
        for (var after = 0L; after < reached; after += EventsPerBatch)
        {
            var to = Math.Min(after + EventsPerBatch, reached);
            var events = await snapshot.Session.Events.QueryAllRawEvents()
                .Where(e => e.Sequence > after && e.Sequence <= to)
                .OrderBy(e => e.Sequence)
                .ToListAsync(ct);
            var hashes = await ChainHashes.ReadAsync(snapshot.Session, events, ct);
            await using var batch = new NpgsqlBatch();
            await AuditTimelineRows.WriteAsync(batch, scratch, events.Select(AuditTimeline.Audited).ToList(), hashes, snapshot.Session.ExecuteReaderAsync, ct);
            await snapshot.ExecuteAsync(batch, ct);
            replayed += events.Count;
        }

        List<TableDifference> tables = [];
        foreach (var table in AuditTimelineTables.Definitions)
            tables.Add(await snapshot.CompareAsync(table.Name, $"SELECT * FROM {table.Name}", $"SELECT * FROM {CheckSnapshot.Scratch(table.Name)}", ct));
        return new ProjectionCheckReport(projection, string.Create(CultureInfo.InvariantCulture,
            $"{replayed:N0} events replayed, up to event {reached:N0}, where the daemon stands"), tables);
    }

    /// <summary>The last event the daemon has applied to the projection (0 before its first).</summary>
    private static async Task<long> ReachedAsync(CheckSnapshot snapshot, string projection, CancellationToken ct)
    {
        await using var command = snapshot.Command(
            $"SELECT last_seq_id FROM {AgreementsModule.Schema}.mt_event_progression WHERE name = $1", $"{projection}:All");
        return await command.ExecuteScalarAsync(ct) is long reached ? reached : 0;
    }
}
