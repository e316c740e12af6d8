using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.EventStore;

/// <summary>
/// Which committed events a projection reader takes beyond its cursor, always in (transaction, sequence)
/// order. <see cref="FinishedTransactionsOnly"/> is the daemon's rule: only events of transactions older
/// than every running one, so nothing can later commit behind the cursor. <see cref="UpToCheckpoint"/>
/// stops at the asynchronous projection's checkpoint, the position its live tables stand at.
/// <see cref="SkipDeadLetters"/> leaves out the events the daemon set aside, as the live tables did.
/// With all three off, every event the reading statement's snapshot sees.
/// </summary>
internal sealed record EventWindow(bool FinishedTransactionsOnly, bool UpToCheckpoint = false, bool SkipDeadLetters = false)
{
    public static EventWindow Daemon { get; } = new(FinishedTransactionsOnly: true);

    private string Conditions => $"""
        (tx_id, seq) > ($1, $2)
        {(FinishedTransactionsOnly ? "AND tx_id < pg_snapshot_xmin(pg_current_snapshot())" : "")}
        {(UpToCheckpoint ? "AND (tx_id, seq) <= (SELECT last_tx, last_seq FROM eventstore.projection_checkpoints WHERE name = $3)" : "")}
        {(SkipDeadLetters ? "AND NOT EXISTS (SELECT FROM eventstore.dead_letters d WHERE d.projection = $3 AND d.seq = e.seq)" : "")}
        """;

    public async Task<List<PositionedEvent>> ReadAsync(
        EventTypeRegistry registry, string projection, NpgsqlConnection connection, NpgsqlTransaction? transaction,
        ProjectionCursor after, int limit, CancellationToken cancellationToken)
    {
        await using var command = Command($"""
            SELECT {StoredEventReader.Columns}, tx_id FROM eventstore.events e
            WHERE {Conditions}
            ORDER BY tx_id, seq
            LIMIT $4
            """, projection, connection, transaction, after);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        await command.PrepareAsync(cancellationToken);
        var events = new List<PositionedEvent>();
        var mapper = new StoredEventReader(registry);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var envelope = mapper.Read(reader);
            events.Add(new PositionedEvent(envelope, new ProjectionCursor(reader.GetFieldValue<ulong>(8), envelope.Sequence)));
        }
        return events;
    }

    /// <summary>How many events the window holds beyond the cursor, counting no further than <paramref name="atMost"/>.</summary>
    public async Task<long> CountAsync(string projection, NpgsqlConnection connection, ProjectionCursor after, long? atMost, CancellationToken cancellationToken)
    {
        await using var command = Command(
            $"SELECT count(*) FROM (SELECT FROM eventstore.events e WHERE {Conditions} LIMIT $4) AS counted", projection, connection, null, after);
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = atMost, NpgsqlDbType = NpgsqlDbType.Bigint });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static NpgsqlCommand Command(string sql, string projection, NpgsqlConnection connection, NpgsqlTransaction? transaction, ProjectionCursor after)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TransactionId, NpgsqlDbType = NpgsqlDbType.Xid8 });
        command.Parameters.Add(new NpgsqlParameter { Value = after.Sequence });
        command.Parameters.Add(new NpgsqlParameter { Value = projection, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }
}
