using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.EventStore.Tests.Support;

/// <summary>
/// Sums increments per stream. Applying an event twice doubles its amount, so exact totals prove
/// exactly-once application. An optional gate pauses shadow (rebuild) batches so a test can look at
/// the live table in the middle of a rebuild; an optional poison value makes the projection fail.
/// </summary>
public sealed class CounterTotalsProjection(string name = "counter_totals", string table = "counter_totals") : IProjection
{
    public string Name { get; } = name;

    public IReadOnlyList<ProjectionTable> Tables { get; } =
        [new(table, "CREATE TABLE {table} (stream_id uuid PRIMARY KEY, total bigint NOT NULL, events bigint NOT NULL)")];

    public int? PoisonIncrement { get; set; }

    /// <summary>Slows every batch down, so a test can stop the daemon part-way.</summary>
    public TimeSpan BatchDelay { get; set; }

    public TaskCompletionSource? ShadowGate { get; set; }
    public TaskCompletionSource ShadowBatchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Pauses a scratch batch applied while its transaction holds the live table locked, i.e. a rebuild's or check's last events.</summary>
    public TaskCompletionSource? LockedCatchUpGate { get; set; }
    public TaskCompletionSource LockedCatchUpStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string TableName => Tables[0].Name;

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        var physical = context.Table(TableName);
        if (physical != TableName && ShadowGate is { } gate)
        {
            ShadowBatchStarted.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }
        if (physical != TableName && LockedCatchUpGate is { } lockedGate && await HoldsLiveTableAsync(context, cancellationToken))
        {
            LockedCatchUpStarted.TrySetResult();
            await lockedGate.Task.WaitAsync(cancellationToken);
        }
        await Task.Delay(BatchDelay, cancellationToken);
        if (PoisonIncrement is { } poison && events.Any(e => e.Data is Incremented i && i.By == poison))
            throw new InvalidOperationException($"increment of {poison} is poison");

        var perStream = events.GroupBy(e => e.StreamId).Select(g => (
            Stream: g.Key,
            Total: g.Sum(e => e.Data is Incremented i ? (long)i.By : 0),
            Count: (long)g.Count())).ToList();
        await using var command = context.CreateCommand($"""
            INSERT INTO {physical} (stream_id, total, events)
            SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::bigint[])
            ON CONFLICT (stream_id) DO UPDATE SET total = {physical}.total + excluded.total, events = {physical}.events + excluded.events
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Select(p => p.Stream).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Select(p => p.Total).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = perStream.Select(p => p.Count).ToArray() });
        // Prepared, so rebuild tests prove that a statement prepared against the live table survives the swap.
        await command.PrepareAsync(cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> HoldsLiveTableAsync(ProjectionContext context, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand("""
            SELECT EXISTS (SELECT FROM pg_locks WHERE pid = pg_backend_pid() AND relation = to_regclass($1) AND granted
                                                  AND mode IN ('ShareLock', 'AccessExclusiveLock'))
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = TableName });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<Dictionary<Guid, (long Total, long Events)>> ReadAsync(NpgsqlDataSource dataSource, string table = "counter_totals")
    {
        var rows = new Dictionary<Guid, (long, long)>();
        await using var command = dataSource.CreateCommand($"SELECT stream_id, total, events FROM {table}");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows[reader.GetGuid(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        return rows;
    }
}
