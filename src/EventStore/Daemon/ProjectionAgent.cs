using System.Diagnostics;
using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// Runs one asynchronous projection on this node while it holds the projection's advisory lock, on a
/// dedicated connection. Whoever does not get the lock stands by and retries; when the running node
/// dies its connection closes, PostgreSQL releases the lock, and a standby takes over from the
/// durable checkpoint.
/// </summary>
internal sealed class ProjectionAgent(StreamStore store, IProjection projection, DaemonOptions options)
{
    private readonly long _lockKey = AdvisoryLockKeys.Running(projection.Name);
    private long? _lastHeartbeat;

    public bool IsLeader { get; private set; }

    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = await store.DataSource.OpenConnectionAsync(stopping);
                if (await TryLockAsync(connection, stopping))
                    await LeadAsync(connection, stopping);
                else
                    await Task.Delay(options.StandbyRetryInterval, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                await RecordErrorAsync(error);
                await DelayQuietly(options.ErrorBackoff, stopping);
            }
        }
    }

    private async Task LeadAsync(NpgsqlConnection connection, CancellationToken stopping)
    {
        IsLeader = true;
        try
        {
            var worker = new ProjectionWorker(store, projection, options, connection);
            while (!stopping.IsCancellationRequested)
            {
                var applied = await worker.ApplyNextBatchAsync(stopping);
                await HeartbeatIfDueAsync(connection, stopping);
                if (applied == 0)
                    await Task.Delay(options.PollInterval, stopping);
            }
        }
        finally
        {
            IsLeader = false;
            if (connection.FullState == System.Data.ConnectionState.Open)
                await UnlockAsync(connection);
        }
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _lockKey });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    // Session-level locks outlive a pooled connection's return to the pool, so release explicitly.
    private async Task UnlockAsync(NpgsqlConnection connection)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = _lockKey });
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with it.
        }
    }

    private async Task HeartbeatIfDueAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // Heartbeats are PostgreSQL's now() and are judged against it, so their pace is real elapsed time, not the store's clock.
        if (_lastHeartbeat is { } last && Stopwatch.GetElapsedTime(last) < options.HeartbeatInterval)
            return;
        await using var command = new NpgsqlCommand(
            "UPDATE eventstore.projection_progress SET owner = $2, heartbeat_at = now() WHERE name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
        command.Parameters.Add(new NpgsqlParameter { Value = options.NodeId });
        await command.ExecuteNonQueryAsync(cancellationToken);
        _lastHeartbeat = Stopwatch.GetTimestamp();
    }

    private async Task RecordErrorAsync(Exception error)
    {
        try
        {
            await using var command = store.DataSource.CreateCommand(
                "UPDATE eventstore.projection_progress SET last_error = $2, last_error_at = now() WHERE name = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = projection.Name });
            command.Parameters.Add(new NpgsqlParameter { Value = $"{error.GetType().Name}: {error.Message}" });
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The database is unreachable; the stalled status will show it.
        }
    }

    private static async Task DelayQuietly(TimeSpan delay, CancellationToken stopping)
    {
        try { await Task.Delay(delay, stopping); }
        catch (OperationCanceledException) { }
    }
}
