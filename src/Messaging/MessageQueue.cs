using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.Messaging;

/// <summary>
/// Writes messages inside the caller's transaction, so a message exists exactly when the change that
/// caused it was committed.
/// </summary>
public static class MessageQueue
{
    public static async Task<Guid> EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutgoingMessage message, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(message.Kind))
            throw new ArgumentException("A message needs a kind.", nameof(message));
        await using var command = new NpgsqlCommand("""
            INSERT INTO messaging.messages (id, kind, payload, due_at, deduplication_key)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (deduplication_key) DO UPDATE
                SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL
                WHERE messaging.messages.handled_at IS NULL AND messaging.messages.dead_at IS NULL
            RETURNING id
            """, connection, transaction)
        {
            Parameters =
            {
                new() { Value = Guid.CreateVersion7() },
                new() { Value = message.Kind },
                new() { Value = JsonSerializer.Serialize(message.Payload, MessageJson.Options), NpgsqlDbType = NpgsqlDbType.Jsonb },
                new() { Value = message.DueAt, NpgsqlDbType = NpgsqlDbType.TimestampTz },
                new() { Value = (object?)message.DeduplicationKey ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text },
            },
        };
        // No row comes back when a message with this key was already handled: it stays handled.
        return await command.ExecuteScalarAsync(ct) is Guid id ? id : Guid.Empty;
    }

    /// <summary>Withdraws a pending message by its deduplication key (e.g. a deadline that no longer applies).</summary>
    public static async Task<bool> CancelAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string deduplicationKey, CancellationToken ct = default)
    {
        await using var command = new NpgsqlCommand(
            "DELETE FROM messaging.messages WHERE deduplication_key = $1 AND handled_at IS NULL AND dead_at IS NULL",
            connection, transaction)
        {
            Parameters = { new() { Value = deduplicationKey } },
        };
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }
}
