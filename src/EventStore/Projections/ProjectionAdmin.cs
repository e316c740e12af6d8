using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>Projection tables and bookkeeping rows, their status for the health endpoint, the dead letters, rebuilds and consistency checks.</summary>
public sealed class ProjectionAdmin
{
    private const long TableCreationLockKey = 0x4147_5245_454D_0002;
    private readonly StreamStore _store;

    internal ProjectionAdmin(StreamStore store) => _store = store;

    /// <summary>How long unapplied events may wait, or a node may stay silent, before status reports the projection stalled.</summary>
    public TimeSpan StallThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Most events a rebuild or consistency check applies in one transaction; they read far behind the head.</summary>
    public int ReplayBatchSize { get; set; } = 10_000;

    /// <summary>How often a rebuild or check tries to hold the live tables (each try waits at most about half a second) before giving up.</summary>
    internal int HoldAttempts { get; set; } = 20;

    /// <summary>
    /// Rebuilds a projection, inline or asynchronous, from the first event while the store keeps taking
    /// writes, and makes the result live. Appenders that write its tables (and, for an asynchronous
    /// projection, the daemon on whichever node runs it) wait only while the last events are applied and
    /// the content is swapped in. Works from any process; the daemon need not run here.
    /// </summary>
    /// <exception cref="ArgumentException">No projection has that name (the message lists the known ones).</exception>
    /// <exception cref="ProjectionBusyException">Another rebuild or check of it is running.</exception>
    /// <exception cref="ProjectionReplayException">The projection failed on an event (inline); nothing was changed.</exception>
    public Task<ProjectionRebuildResult> RebuildAsync(
        string name, IProgress<ProjectionRebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ProjectionRebuild.RunAsync(_store, name, ReplayBatchSize, progress, cancellationToken);

    /// <summary>
    /// Rebuilds a projection into temporary tables and compares them with its live tables at the same
    /// position; the live tables are only read. Writers to them wait only for the last events and the comparison.
    /// </summary>
    /// <exception cref="ArgumentException">No projection has that name (the message lists the known ones).</exception>
    /// <exception cref="ProjectionBusyException">Another rebuild or check of it is running.</exception>
    /// <exception cref="ProjectionReplayException">The projection failed on an event the live tables did not skip.</exception>
    public Task<ProjectionConsistencyReport> CheckConsistencyAsync(
        string name, IProgress<ProjectionRebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ProjectionConsistencyCheck.RunAsync(_store, name, ReplayBatchSize, progress, cancellationToken);

    /// <summary>Creates missing projection tables and the checkpoint rows of asynchronous projections.</summary>
    public async Task EnsureTablesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({TableCreationLockKey})", cancellationToken);
        foreach (var table in _store.Options.Projections.All.SelectMany(p => p.Tables))
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection, transaction);
            exists.Parameters.Add(new NpgsqlParameter { Value = table.Name });
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
                await Execute(connection, transaction, table.CreateSqlFor(table.Name), cancellationToken);
        }
        var names = _store.Options.Projections.Async.Select(p => p.Name).ToArray();
        await using (var rows = new NpgsqlBatch(connection, transaction))
        {
            foreach (var table in new[] { "projection_checkpoints", "projection_progress" })
            {
                var insert = new NpgsqlBatchCommand($"INSERT INTO eventstore.{table} (name) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING");
                insert.Parameters.Add(new NpgsqlParameter { Value = names });
                rows.BatchCommands.Add(insert);
            }
            await rows.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ProjectionStatus>> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _store.DataSource.CreateCommand("""
            SELECT c.name, c.last_seq, p.owner, p.heartbeat_at, p.last_error, p.last_error_at,
                   pending.count, coalesce(extract(epoch FROM $3 - pending.oldest), 0)::float8,
                   (SELECT count(*) FROM eventstore.dead_letters d WHERE d.projection = c.name),
                   (SELECT coalesce(max(seq), 0) FROM eventstore.events),
                   p.heartbeat_at IS NOT NULL AND p.heartbeat_at > now() - $2
            FROM eventstore.projection_checkpoints c
            LEFT JOIN eventstore.projection_progress p ON p.name = c.name
            CROSS JOIN LATERAL (
                SELECT count(*) AS count, min(e.created_at) AS oldest FROM eventstore.events e
                WHERE (e.tx_id, e.seq) > (c.last_tx, c.last_seq)) AS pending
            WHERE c.name = ANY($1)
            ORDER BY c.name
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = _store.Options.Projections.Async.Select(p => p.Name).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = StallThreshold });
        // Events are stamped by the store's clock, so their age is measured by it; heartbeats are PostgreSQL's own now().
        command.Parameters.Add(new NpgsqlParameter { Value = _store.Options.Clock.GetUtcNow() });
        var statuses = new List<ProjectionStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var lagEvents = reader.GetInt64(6);
            var lagSeconds = reader.GetDouble(7);
            var running = reader.GetBoolean(10);
            statuses.Add(new ProjectionStatus(
                reader.GetString(0), reader.GetInt64(1), reader.GetInt64(9), lagEvents, lagSeconds,
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetInt64(8),
                running,
                IsStalled: lagEvents > 0 && (lagSeconds > StallThreshold.TotalSeconds || !running)));
        }
        return statuses;
    }

    public async Task<IReadOnlyList<DeadLetter>> GetDeadLettersAsync(string? projection = null, CancellationToken cancellationToken = default)
    {
        await using var command = _store.DataSource.CreateCommand("""
            SELECT projection, seq, stream_id, version, type, error, attempts, recorded_at FROM eventstore.dead_letters
            WHERE $1::text IS NULL OR projection = $1 ORDER BY projection, seq
            """);
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = projection, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var letters = new List<DeadLetter>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            letters.Add(new DeadLetter(reader.GetString(0), reader.GetInt64(1), reader.GetGuid(2), reader.GetInt64(3),
                reader.GetString(4), reader.GetString(5), reader.GetInt32(6), reader.GetFieldValue<DateTimeOffset>(7)));
        return letters;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
