using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// Replays a projection from the first event into scratch copies of its tables: first in large batches,
/// each committed on its own while appends go on (<see cref="ReplayAsync"/>), then the last events inside
/// the caller's transaction once it holds the live tables still (<see cref="CatchUpAsync"/>).
/// An inline projection's live tables stand at every committed event; an asynchronous one's at its
/// checkpoint, so its replay never reads past the checkpoint.
/// </summary>
internal sealed class ScratchReplay
{
    private const string Savepoint = "projection_replay";

    private readonly StreamStore _store;
    private readonly IProjection _projection;
    private readonly NpgsqlConnection _connection;
    private readonly IProgress<ProjectionRebuildProgress>? _progress;
    private readonly EventWindow _whileAppendsGoOn;
    private readonly EventWindow _underLock;
    private readonly bool _setsFailuresAside;
    private readonly Dictionary<string, string> _scratchNames;
    private readonly List<DeadLetter> _setAside = [];
    private ProjectionCursor _cursor = ProjectionCursor.Start;
    private long _total;

    /// <param name="scratchName">The physical name of each declared table's scratch copy.</param>
    /// <param name="forRebuild">
    /// A rebuild replays the events the daemon set aside too (the projection may have been fixed) and sets
    /// aside the ones an asynchronous projection still fails on; a check skips them, as the live tables did.
    /// </param>
    public ScratchReplay(
        StreamStore store, IProjection projection, ProjectionLifecycle lifecycle, NpgsqlConnection connection,
        Func<ProjectionTable, string> scratchName, bool forRebuild, IProgress<ProjectionRebuildProgress>? progress)
    {
        _store = store;
        _projection = projection;
        _connection = connection;
        _progress = progress;
        var isAsync = lifecycle == ProjectionLifecycle.Async;
        _whileAppendsGoOn = new EventWindow(FinishedTransactionsOnly: true, UpToCheckpoint: isAsync, SkipDeadLetters: isAsync && !forRebuild);
        _underLock = _whileAppendsGoOn with { FinishedTransactionsOnly = false };
        _setsFailuresAside = isAsync && forRebuild;
        _scratchNames = projection.Tables.ToDictionary(t => t.Name, scratchName);
    }

    public long EventsReplayed { get; private set; }

    /// <summary>Events an asynchronous projection failed on during a rebuild; always empty otherwise.</summary>
    public IReadOnlyList<DeadLetter> SetAside => _setAside;

    public string ScratchNameOf(ProjectionTable table) => _scratchNames[table.Name];

    /// <summary>Creates the scratch tables empty, replacing any a crashed run left behind.</summary>
    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlBatch(_connection))
        {
            foreach (var table in _projection.Tables)
            {
                create.BatchCommands.Add(new NpgsqlBatchCommand($"DROP TABLE IF EXISTS {ScratchNameOf(table)}"));
                create.BatchCommands.Add(new NpgsqlBatchCommand(table.CreateSqlFor(ScratchNameOf(table))));
            }
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        _total = await _whileAppendsGoOn.CountAsync(_projection.Name, _connection, _cursor, atMost: null, cancellationToken);
        Report();
    }

    /// <summary>Drops the scratch tables after a failure or a check; what cannot be dropped now, the next run drops first.</summary>
    public async Task DropTablesAsync()
    {
        if (_connection.FullState != System.Data.ConnectionState.Open)
            return;
        try
        {
            await using var drop = new NpgsqlBatch(_connection);
            foreach (var table in _projection.Tables)
                drop.BatchCommands.Add(new NpgsqlBatchCommand($"DROP TABLE IF EXISTS {ScratchNameOf(table)}"));
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // Keep the error that ended the run; the leftovers are harmless.
        }
    }

    /// <summary>
    /// Replays batch after batch, each in a transaction of its own, until a batch comes back short: the
    /// replay has then reached what had committed a moment ago. The next batch is read on a second
    /// connection while the projection writes the current one.
    /// </summary>
    public async Task ReplayAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var readAhead = await _store.DataSource.OpenConnectionAsync(cancellationToken);
        var next = Read(_whileAppendsGoOn, readAhead, null, _cursor, batchSize, cancellationToken);
        try
        {
            while (await next is { Count: > 0 } batch)
            {
                var caughtUp = batch.Count < batchSize;
                next = caughtUp ? Task.FromResult(new List<PositionedEvent>()) : Read(_whileAppendsGoOn, readAhead, null, batch[^1].Position, batchSize, cancellationToken);
                await using (var transaction = await _connection.BeginTransactionAsync(cancellationToken))
                {
                    await ApplyAsync(batch, transaction, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                Advance(batch);
            }
        }
        finally
        {
            await next.ContinueWith(static _ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>How many committed events the catch-up under the lock would have to apply now, counting no further than <paramref name="atMost"/>.</summary>
    public Task<long> LeftForCatchUpAsync(long atMost, CancellationToken cancellationToken) =>
        _underLock.CountAsync(_projection.Name, _connection, _cursor, atMost, cancellationToken);

    /// <summary>Applies every event left up to the live tables' position, inside the transaction that holds them still.</summary>
    public async Task CatchUpAsync(NpgsqlTransaction transaction, int batchSize, CancellationToken cancellationToken)
    {
        while (await Read(_underLock, _connection, transaction, _cursor, batchSize, cancellationToken) is { Count: > 0 } batch)
        {
            await ApplyAsync(batch, transaction, cancellationToken);
            Advance(batch);
        }
        _total = EventsReplayed;
        Report();
    }

    /// <summary>Makes the events this rebuild set aside the projection's dead letters, in place of the ones it had.</summary>
    public async Task ReplaceDeadLettersAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(_connection, transaction);
        var delete = new NpgsqlBatchCommand("DELETE FROM eventstore.dead_letters WHERE projection = $1");
        delete.Parameters.Add(new NpgsqlParameter { Value = _projection.Name });
        batch.BatchCommands.Add(delete);
        var insert = new NpgsqlBatchCommand("""
            INSERT INTO eventstore.dead_letters (projection, seq, stream_id, version, type, error, attempts)
            SELECT $1, * FROM unnest($2::bigint[], $3::uuid[], $4::bigint[], $5::text[], $6::text[], $7::int[])
            """);
        foreach (var column in new object[]
                 {
                     _projection.Name, _setAside.Select(d => d.Sequence).ToArray(), _setAside.Select(d => d.StreamId).ToArray(),
                     _setAside.Select(d => d.Version).ToArray(), _setAside.Select(d => d.EventType).ToArray(),
                     _setAside.Select(d => d.Error).ToArray(), _setAside.Select(d => d.Attempts).ToArray(),
                 })
            insert.Parameters.Add(new NpgsqlParameter { Value = column });
        batch.BatchCommands.Add(insert);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private Task<List<PositionedEvent>> Read(
        EventWindow window, NpgsqlConnection connection, NpgsqlTransaction? transaction, ProjectionCursor after, int limit, CancellationToken cancellationToken) =>
        window.ReadAsync(_store.Options.Events, _projection.Name, connection, transaction, after, limit, cancellationToken);

    /// <summary>
    /// Applies a batch under a savepoint; if the projection fails on it, applies its events one at a time
    /// to find the one it fails on, which is set aside or ends the replay.
    /// </summary>
    private async Task ApplyAsync(List<PositionedEvent> batch, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (await TryApplyAsync(batch, transaction, cancellationToken) is null)
            return;
        foreach (var single in batch)
        {
            if (await TryApplyAsync([single], transaction, cancellationToken) is not { } error)
                continue;
            var e = single.Envelope;
            if (!_setsFailuresAside)
                throw new ProjectionReplayException(_projection.Name, e, error);
            _setAside.Add(new DeadLetter(_projection.Name, e.Sequence, e.StreamId, e.Version, e.TypeName,
                $"{error.GetType().Name}: {error.Message}", 1, _store.Options.Clock.GetUtcNow()));
        }
    }

    private async Task<Exception?> TryApplyAsync(List<PositionedEvent> events, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.SaveAsync(Savepoint, cancellationToken);
        try
        {
            var context = new ProjectionContext(_connection, transaction, _scratchNames);
            await _projection.ApplyAsync(events.Select(e => e.Envelope).ToList(), context, cancellationToken);
            await transaction.ReleaseAsync(Savepoint, cancellationToken);
            return null;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested && _connection.FullState == System.Data.ConnectionState.Open)
        {
            await transaction.RollbackAsync(Savepoint, cancellationToken);
            return error;
        }
    }

    private void Advance(List<PositionedEvent> applied)
    {
        _cursor = applied[^1].Position;
        EventsReplayed += applied.Count;
        _total = Math.Max(_total, EventsReplayed);
        Report();
    }

    private void Report() => _progress?.Report(new ProjectionRebuildProgress(_projection.Name, EventsReplayed, _total));
}
