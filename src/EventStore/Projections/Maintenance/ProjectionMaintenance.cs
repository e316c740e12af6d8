using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// One rebuild or consistency check of one projection, on a connection of its own that holds the
/// projection's maintenance lock, so two of them never share scratch tables. It ends with one
/// transaction that holds the live tables still (<see cref="WithLiveTablesHeldAsync"/>).
/// </summary>
internal sealed class ProjectionMaintenance : IAsyncDisposable
{
    private readonly long _lockKey;
    private readonly int _attempts;

    private ProjectionMaintenance(IProjection projection, ProjectionLifecycle lifecycle, NpgsqlConnection connection, int attempts)
    {
        Projection = projection;
        Lifecycle = lifecycle;
        Connection = connection;
        _lockKey = AdvisoryLockKeys.Maintenance(projection.Name);
        _attempts = attempts;
    }

    public IProjection Projection { get; }
    public ProjectionLifecycle Lifecycle { get; }
    public NpgsqlConnection Connection { get; }

    public static async Task<ProjectionMaintenance> BeginAsync(StreamStore store, string name, CancellationToken cancellationToken)
    {
        var (projection, lifecycle) = store.Options.Projections.Find(name);
        var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        var maintenance = new ProjectionMaintenance(projection, lifecycle, connection, store.Projections.HoldAttempts);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = maintenance._lockKey });
            if (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
                throw new ProjectionBusyException(name);
            return maintenance;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Replays into the scratch tables, then in one transaction takes <paramref name="lockMode"/> on the
    /// live tables (and, for an asynchronous projection, its checkpoint row, so the daemon on whichever
    /// node cannot move either), applies the events left up to the live tables' position, runs
    /// <paramref name="work"/> and commits. Appenders that would write the live tables wait for that
    /// transaction only.
    /// <para>
    /// The lock is waited for at most half of PostgreSQL's deadlock timeout. An appender that writes one
    /// table of a multi-table projection and then wants another one this transaction holds would
    /// deadlock with it; the wait gives up first, so the appender is never the one cancelled. Each
    /// attempt that gives up replays what committed meanwhile and tries again. Nor is the lock taken
    /// while more than a batch is left for the catch-up: a transaction open since before those events
    /// holds the replay back, and writers would wait for all of them.
    /// </para>
    /// </summary>
    public async Task<T> WithLiveTablesHeldAsync<T>(
        ScratchReplay replay, string lockMode, int batchSize, Func<NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await replay.ReplayAsync(batchSize, cancellationToken);
            if (await replay.LeftForCatchUpAsync(batchSize + 1L, cancellationToken) > batchSize)
            {
                if (attempt == _attempts)
                    throw new TimeoutException(await HeldBackMessageAsync(cancellationToken));
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                continue;
            }
            await using var transaction = await Connection.BeginTransactionAsync(cancellationToken);
            if (!await TryHoldLiveTablesAsync(transaction, lockMode, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                if (attempt == _attempts)
                    throw new TimeoutException(
                        $"Could not hold the tables of projection '{Projection.Name}' still after {_attempts} attempts: long transactions keep using them. Nothing was changed.");
                continue;
            }
            await replay.CatchUpAsync(transaction, batchSize, cancellationToken);
            var result = await work(transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
    }

    private async Task<string> HeldBackMessageAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT format('process %s on database %s (%s), in a transaction since %s',
                          pid, datname, coalesce(nullif(application_name, ''), 'no application name'), xact_start)
            FROM pg_stat_activity WHERE backend_xid IS NOT NULL ORDER BY age(backend_xid) DESC LIMIT 1
            """, Connection);
        var oldest = await command.ExecuteScalarAsync(cancellationToken) as string ?? "a transaction that has since ended";
        return $"Projection '{Projection.Name}' could not be caught up without making writers wait for a long replay: " +
               $"events committed after the oldest open transaction ({oldest}) can only be replayed once it ends. Nothing was changed; try again after it ends.";
    }

    private async Task<bool> TryHoldLiveTablesAsync(NpgsqlTransaction transaction, string lockMode, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(Connection, transaction);
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            "SELECT set_config('lock_timeout', (SELECT greatest(setting::bigint / 2, 1) FROM pg_settings WHERE name = 'deadlock_timeout') || 'ms', true)"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"LOCK TABLE {string.Join(", ", Projection.Tables.Select(t => t.Name))} IN {lockMode} MODE"));
        if (Lifecycle == ProjectionLifecycle.Async)
        {
            var checkpoint = new NpgsqlBatchCommand("SELECT FROM eventstore.projection_checkpoints WHERE name = $1 FOR SHARE");
            checkpoint.Parameters.Add(new NpgsqlParameter { Value = Projection.Name });
            batch.BatchCommands.Add(checkpoint);
        }
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return false;
        }
    }

    // Session-level locks outlive a pooled connection's return to the pool, so release explicitly.
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Connection.FullState == System.Data.ConnectionState.Open)
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", Connection);
                command.Parameters.Add(new NpgsqlParameter { Value = _lockKey });
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
        }
        catch (NpgsqlException)
        {
            // The connection is gone, and the lock with it.
        }
        await Connection.DisposeAsync();
    }
}
