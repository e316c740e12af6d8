using Npgsql;

namespace AgreementTracker.Messaging;

/// <summary>What the health endpoint tells about the queue: what waits, what is late, what was set aside.</summary>
public sealed record MessageQueueStatus(long Pending, long Late, long Dead, DateTimeOffset? OldestLateDueAt)
{
    /// <param name="lateAfter">A due message not handled this long after its due time counts as late.</param>
    public static async Task<MessageQueueStatus> ReadAsync(NpgsqlDataSource dataSource, TimeProvider clock, TimeSpan lateAfter, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*) FILTER (WHERE handled_at IS NULL AND dead_at IS NULL),
                   count(*) FILTER (WHERE handled_at IS NULL AND dead_at IS NULL AND due_at < $1),
                   count(*) FILTER (WHERE dead_at IS NOT NULL),
                   min(due_at) FILTER (WHERE handled_at IS NULL AND dead_at IS NULL AND due_at < $1)
            FROM messaging.messages
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() - lateAfter });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new MessageQueueStatus(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3));
    }
}
