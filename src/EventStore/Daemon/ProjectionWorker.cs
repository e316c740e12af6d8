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
    private ProjectionCursor? _checkpoint;

    /// <summary>Applies the next batch to the live tables; returns how many events it consumed.</summary>
    public async Task<int> ApplyNextBatchAsync(CancellationToken cancellationToken)
    {
        var checkpoint = _checkpoint ??= await ReadCheckpointAsync(cancellationToken);
        var batch = await EventWindow.Daemon.ReadAsync(store.Options.Events, projection.Name, connection, null, checkpoint, options.BatchSize, cancellationToken);
        if (batch.Count == 0)
            return 0;
        await ApplyAsync(batch, cancellationToken);
        return batch.Count;
    }

    private async Task ApplyAsync(List<PositionedEvent> batch, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyInTransactionAsync(batch, cancellationToken);
        }
        catch (Exception error) when (IsProjectionFailure(error, cancellationToken))
        {
            await RecordErrorAsync(error, cancellationToken);
            foreach (var single in batch)
                await ApplyOneWithRetriesAsync(single, cancellationToken);
        }
    }

    private async Task ApplyOneWithRetriesAsync(PositionedEvent single, CancellationToken cancellationToken)
    {
        Exception? lastError = null;
        for (var attempt = 1; attempt <= options.MaxAttempts; attempt++)
        {
            try
            {
                await ApplyInTransactionAsync([single], cancellationToken);
                return;
            }
            catch (Exception error) when (IsProjectionFailure(error, cancellationToken))
            {
                lastError = error;
                await RecordErrorAsync(error, cancellationToken);
            }
        }
        await DeadLetterAsync(single, lastError!, cancellationToken);
    }

    private async Task ApplyInTransactionAsync(IReadOnlyList<PositionedEvent> events, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await projection.ApplyAsync(events.Select(e => e.Envelope).ToList(), ProjectionContext.Live(projection, connection, transaction), cancellationToken);
        await AdvanceCheckpointAsync(transaction, events[^1].Position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _checkpoint = events[^1].Position;
    }

    private async Task DeadLetterAsync(PositionedEvent failed, Exception error, CancellationToken cancellationToken)
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
        await AdvanceCheckpointAsync(transaction, failed.Position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _checkpoint = failed.Position;
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
