namespace AgreementTracker.EventStore;

/// <summary>
/// Rebuilds a projection from the first event while the store keeps taking writes: replays into
/// <c>{table}__rebuild</c> copies, then holds the live tables in ACCESS EXCLUSIVE mode (writers and
/// readers wait, for the last events and the copy only), brings the copies to the live tables' position
/// and swaps the content in (<see cref="TableSwap"/>). An asynchronous projection's checkpoint is held
/// still and stays where it was, so the daemon, on whichever node runs it, carries on from there.
/// </summary>
internal static class ProjectionRebuild
{
    public static async Task<ProjectionRebuildResult> RunAsync(
        StreamStore store, string name, int batchSize, IProgress<ProjectionRebuildProgress>? progress, CancellationToken cancellationToken)
    {
        await using var maintenance = await ProjectionMaintenance.BeginAsync(store, name, cancellationToken);
        var replay = new ScratchReplay(store, maintenance.Projection, maintenance.Lifecycle, maintenance.Connection,
            table => table.Name + "__rebuild", forRebuild: true, progress);
        try
        {
            await replay.CreateTablesAsync(cancellationToken);
            return await maintenance.WithLiveTablesHeldAsync(replay, "ACCESS EXCLUSIVE", batchSize, async transaction =>
            {
                foreach (var table in maintenance.Projection.Tables)
                    await TableSwap.SwapAsync(maintenance.Connection, transaction, table.Name, replay.ScratchNameOf(table), cancellationToken);
                if (maintenance.Lifecycle == ProjectionLifecycle.Async)
                    await replay.ReplaceDeadLettersAsync(transaction, cancellationToken);
                return new ProjectionRebuildResult(name, maintenance.Lifecycle, replay.EventsReplayed, replay.SetAside.Count);
            }, cancellationToken);
        }
        catch
        {
            await replay.DropTablesAsync();
            throw;
        }
    }
}
