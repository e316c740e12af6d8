namespace AgreementTracker.EventStore;

/// <summary>
/// Rebuilds a projection into temporary scratch tables (never touching the live ones), then holds the
/// live tables in SHARE mode (writers wait, readers do not) while the scratch copies are brought to
/// exactly the live tables' position and compared with them. Inline: every committed event; asynchronous:
/// the checkpoint, without the events the daemon set aside.
/// </summary>
internal static class ProjectionConsistencyCheck
{
    public static async Task<ProjectionConsistencyReport> RunAsync(
        StreamStore store, string name, int batchSize, IProgress<ProjectionRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        await using var maintenance = await ProjectionMaintenance.BeginAsync(store, name, cancellationToken);
        var replay = new ScratchReplay(store, maintenance.Projection, maintenance.Lifecycle, maintenance.Connection,
            table => $"pg_temp.{table.Name}__check", forRebuild: false, progress);
        try
        {
            await replay.CreateTablesAsync(cancellationToken);
            return await maintenance.WithLiveTablesHeldAsync(replay, "SHARE", batchSize, async transaction =>
            {
                var tables = new List<TableDifference>();
                foreach (var table in maintenance.Projection.Tables)
                    tables.Add(await TableComparison.CompareAsync(
                        maintenance.Connection, transaction, table.Name, table.Name, replay.ScratchNameOf(table), cancellationToken));
                return new ProjectionConsistencyReport(name, maintenance.Lifecycle, replay.EventsReplayed, tables);
            }, cancellationToken);
        }
        finally
        {
            await replay.DropTablesAsync();
        }
    }
}
