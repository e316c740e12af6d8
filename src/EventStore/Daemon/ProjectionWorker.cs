using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.EventStore;

/// <summary>
/// Applies one asynchronous projection on the connection that holds its advisory lock. Each batch and
/// the checkpoint move commit together, so a crash repeats nothing and loses nothing. A batch that
/// fails is retried event by event; an event that still fails after the allowed attempts is written
/// to the dead-letter table, together with the checkpoint moving past it.
/// </summary>
internal sealed class ProjectionWorker(StreamStore store, IProjection projection, DaemonOptions options, NpgsqlConnection connection)
{
    private const string ReadBatchSql = $"""
        SELECT {StoredEventReader.Columns}, tx_id FROM eventstore.events
        WHERE (tx_id, seq) > ($1, $2) AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY tx_id, seq
        LIMIT $3
        """;

    private ProjectionCursor? _checkpoint;

    /// <summary>Applies the next batch to the live tables; returns how many events it consumed.</summary>
    public async Task<int> ApplyNextBatchAsync(CancellationToken cancellationToken)
    {
        var checkpoint = _checkpoint ??= await ReadCheckpointAsync(cancellationToken);
        var batch = await ReadBatchAsync(connection, null, checkpoint, options.BatchSize, cancellationToken);
        if (batch.Count == 0)
            return 0;
        await ApplyAsync(batch, ProjectionTarget.Live, cancellationToken);
        return batch.Count;
    }

    /// <summary>
    /// Rebuilds the projection from the first event into shadow tables while the live tables keep
    /// serving reads, then swaps them in and sets the checkpoint in one transaction.
    /// </summary>
    public async Task RebuildAsync(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        DateTime rebuildStarted;
        await using (var prepare = new NpgsqlBatch(connection))
        {
            foreach (var table in projection.Tables)
            {
                prepare.BatchCommands.Add(new NpgsqlBatchCommand($"DROP TABLE IF EXISTS {table.ShadowName}"));
                prepare.BatchCommands.Add(new NpgsqlBatchCommand(table.CreateSqlFor(table.ShadowName)));
            }
            await prepare.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var clock = new NpgsqlCommand("SELECT clock_timestamp()", connection))
            rebuildStarted = (DateTime)(await clock.ExecuteScalarAsync(cancellationToken))!;

        var cursor = ProjectionCursor.Start;
        long applied = 0;
        // Replay reads ahead on a second connection: the next batch is fetched and deserialised while
        // the projection writes the current one.
        await using (var readAhead = await store.DataSource.OpenConnectionAsync(cancellationToken))
        {
            var next = ReadBatchAsync(readAhead, null, cursor, options.RebuildBatchSize, cancellationToken);
            try
            {
                while (await next is { Count: > 0 } batch)
                {
                    cursor = batch[^1].Position;
                    next = ReadBatchAsync(readAhead, null, cursor, options.RebuildBatchSize, cancellationToken);
                    await ApplyAsync(batch, ProjectionTarget.Shadow, cancellationToken);
                    applied += batch.Count;
                    progress?.Report(applied);
                }
            }
            finally
            {
                await next.ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }

        await using var swap = await connection.BeginTransactionAsync(cancellationToken);
        while (await ReadBatchAsync(connection, swap, cursor, options.RebuildBatchSize, cancellationToken) is { Count: > 0 } late)
        {
            await projection.ApplyAsync(late.Select(e => e.Envelope).ToList(), ProjectionContext.Shadow(projection, connection, swap), cancellationToken);
            cursor = late[^1].Position;
            applied += late.Count;
        }
        await using (var rename = new NpgsqlBatch(connection, swap))
        {
            foreach (var table in projection.Tables)
            {
                rename.BatchCommands.Add(new NpgsqlBatchCommand($"DROP TABLE IF EXISTS {table.Name}"));
                rename.BatchCommands.Add(new NpgsqlBatchCommand($"ALTER TABLE {table.ShadowName} RENAME TO {table.Name}"));
            }
            rename.BatchCommands.Add(SetCheckpointCommand(cursor));
            // Dead letters the rebuild did not hit again belong to the replaced tables.
            var stale = new NpgsqlBatchCommand("DELETE FROM eventstore.dead_letters WHERE projection = $1 AND recorded_at < $2");
            stale.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
            stale.Parameters.Add(new NpgsqlParameter { Value = rebuildStarted });
            rename.BatchCommands.Add(stale);
            await rename.ExecuteNonQueryAsync(cancellationToken);
        }
        await swap.CommitAsync(cancellationToken);
        _checkpoint = cursor;
        progress?.Report(applied);
    }

    private enum ProjectionTarget { Live, Shadow }

    private async Task ApplyAsync(List<DaemonEvent> batch, ProjectionTarget target, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyInTransactionAsync(batch, target, cancellationToken);
        }
        catch (Exception error) when (IsProjectionFailure(error, cancellationToken))
        {
            await RecordErrorAsync(error, cancellationToken);
            foreach (var single in batch)
                await ApplyOneWithRetriesAsync(single, target, cancellationToken);
        }
    }

    private async Task ApplyOneWithRetriesAsync(DaemonEvent single, ProjectionTarget target, CancellationToken cancellationToken)
    {
        Exception? lastError = null;
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            try
            {
                await ApplyInTransactionAsync([single], target, cancellationToken);
                return;
            }
            catch (Exception error) when (IsProjectionFailure(error, cancellationToken))
            {
                lastError = error;
                await RecordErrorAsync(error, cancellationToken);
            }
        }
        await DeadLetterAsync(single, lastError!, target, cancellationToken);
    }

    private async Task ApplyInTransactionAsync(IReadOnlyList<DaemonEvent> events, ProjectionTarget target, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var context = target == ProjectionTarget.Live
            ? ProjectionContext.Live(projection, connection, transaction)
            : ProjectionContext.Shadow(projection, connection, transaction);
        await projection.ApplyAsync(events.Select(e => e.Envelope).ToList(), context, cancellationToken);
        if (target == ProjectionTarget.Live)
            await AdvanceCheckpointAsync(transaction, events[^1].Position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (target == ProjectionTarget.Live)
            _checkpoint = events[^1].Position;
    }

    private async Task DeadLetterAsync(DaemonEvent failed, Exception error, ProjectionTarget target, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("""
            INSERT INTO eventstore.dead_letters (projection, seq, stream_id, version, type, error, attempts)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (projection, seq) DO UPDATE SET error = excluded.error, attempts = excluded.attempts, recorded_at = now()
            """, connection, transaction))
        {
            var e = failed.Envelope;
            foreach (var value in new object[] { projection.Name, e.Sequence, e.StreamId, e.Version, e.TypeName, Describe(error), options.MaxAttempts })
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        if (target == ProjectionTarget.Live)
            await AdvanceCheckpointAsync(transaction, failed.Position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (target == ProjectionTarget.Live)
            _checkpoint = failed.Position;
    }

    private async Task<List<DaemonEvent>> ReadBatchAsync(
        NpgsqlConnection from, NpgsqlTransaction? transaction, ProjectionCursor after, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(ReadBatchSql, from, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TransactionId, NpgsqlDbType = NpgsqlDbType.Xid8 });
        command.Parameters.Add(new NpgsqlParameter { Value = after.Sequence });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await command.PrepareAsync(cancellationToken);
        var events = new List<DaemonEvent>();
        var mapper = new StoredEventReader(store.Options.Events);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var envelope = mapper.Read(reader);
            events.Add(new DaemonEvent(envelope, new ProjectionCursor(reader.GetFieldValue<ulong>(8), envelope.Sequence)));
        }
        return events;
    }

    private async Task<ProjectionCursor> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT last_tx, last_seq FROM eventstore.projection_checkpoints WHERE name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            throw new InvalidOperationException($"Projection '{projection.Name}' has no checkpoint row; call StreamStore.InitializeAsync before starting the daemon.");
        return new ProjectionCursor(reader.GetFieldValue<ulong>(0), reader.GetInt64(1));
    }

    /// <summary>Moves the checkpoint only from where this worker last left it: a second writer means this node lost the projection.</summary>
    private async Task AdvanceCheckpointAsync(NpgsqlTransaction transaction, ProjectionCursor to, CancellationToken cancellationToken)
    {
        var from = _checkpoint!.Value;
        await using var command = new NpgsqlCommand("""
            UPDATE eventstore.projection_checkpoints SET last_tx = $2, last_seq = $3, updated_at = now()
            WHERE name = $1 AND last_tx = $4 AND last_seq = $5
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = to.TransactionId, NpgsqlDbType = NpgsqlDbType.Xid8 });
        command.Parameters.Add(new NpgsqlParameter { Value = to.Sequence });
        command.Parameters.Add(new NpgsqlParameter { Value = from.TransactionId, NpgsqlDbType = NpgsqlDbType.Xid8 });
        command.Parameters.Add(new NpgsqlParameter { Value = from.Sequence });
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
            throw new CheckpointConflictException($"The checkpoint of projection '{projection.Name}' was moved by another node; this node stops applying it.");
    }

    private NpgsqlBatchCommand SetCheckpointCommand(ProjectionCursor to)
    {
        var command = new NpgsqlBatchCommand("UPDATE eventstore.projection_checkpoints SET last_tx = $2, last_seq = $3, updated_at = now() WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = to.TransactionId, NpgsqlDbType = NpgsqlDbType.Xid8 });
        command.Parameters.Add(new NpgsqlParameter { Value = to.Sequence });
        return command;
    }

    private async Task RecordErrorAsync(Exception error, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            "UPDATE eventstore.projection_progress SET last_error = $2, last_error_at = now() WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = Describe(error) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A failure of the projection's own code or SQL, as opposed to losing the connection, the projection or being stopped.</summary>
    private bool IsProjectionFailure(Exception error, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && error is not CheckpointConflictException
        && connection.FullState == System.Data.ConnectionState.Open;

    private static string Describe(Exception error) => $"{error.GetType().Name}: {error.Message}";
}

internal sealed class CheckpointConflictException(string message) : Exception(message);
