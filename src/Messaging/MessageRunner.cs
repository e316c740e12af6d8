using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgreementTracker.Messaging;

/// <summary>
/// Handles due messages. Any number of nodes may run one: each claims due rows with
/// FOR UPDATE SKIP LOCKED, so a message is handled by one node, and it is marked handled in the
/// transaction that claimed it. A handler that fails is retried with a growing delay, then the
/// message is set aside as dead. Handlers should be idempotent on <see cref="Message.Id"/>: a node
/// that dies after its handler's effect but before the commit leaves the message to be handled again.
/// </summary>
public sealed class MessageRunner(
    NpgsqlDataSource dataSource,
    MessageHandlers handlers,
    MessageRunnerOptions options,
    TimeProvider clock,
    ILogger<MessageRunner> logger) : BackgroundService
{
    /// <summary>Handles one batch of messages due now; returns how many were claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var due = await ClaimDueAsync(connection, transaction, ct);
        foreach (var message in due)
            await HandleAsync(connection, transaction, message, ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("Message runner started on {Node}", options.NodeName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunDueAsync(stoppingToken) == options.BatchSize)
                    continue;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                logger.LogWarning("Message runner could not reach the database: {Error}", e.Message);
            }
            try
            {
                // Polling is paced in real time: the clock says which messages are due, not how often to look.
                await Task.Delay(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<List<Message>> ClaimDueAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT id, kind, payload::text, due_at, attempts
            FROM messaging.messages
            WHERE handled_at IS NULL AND dead_at IS NULL AND due_at <= $1
            ORDER BY due_at
            LIMIT $2
            FOR UPDATE SKIP LOCKED
            """, connection, transaction)
        {
            Parameters = { new() { Value = clock.GetUtcNow() }, new() { Value = options.BatchSize } },
        };
        var claimed = new List<Message>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            using var payload = System.Text.Json.JsonDocument.Parse(reader.GetString(2));
            claimed.Add(new Message(reader.GetGuid(0), reader.GetString(1), payload.RootElement.Clone(),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt32(4) + 1));
        }
        return claimed;
    }

    private async Task HandleAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Message message, CancellationToken ct)
    {
        var handler = handlers.For(message.Kind);
        if (handler is null)
        {
            logger.LogError("No handler for messages of kind {Kind}; message {Id} is set aside", message.Kind, message.Id);
            await SetAsideAsync(connection, transaction, message, $"No handler for messages of kind '{message.Kind}'.", ct);
            return;
        }

        try
        {
            await handler(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (message.Attempt >= options.MaxAttempts)
            {
                logger.LogError(e, "Message {Id} ({Kind}) failed {Attempts} times and is set aside", message.Id, message.Kind, message.Attempt);
                await SetAsideAsync(connection, transaction, message, e.Message, ct);
            }
            else
            {
                var retryAt = clock.GetUtcNow() + options.RetryDelay(message.Attempt);
                logger.LogWarning("Message {Id} ({Kind}) failed on attempt {Attempt}, retrying at {RetryAt:u}: {Error}",
                    message.Id, message.Kind, message.Attempt, retryAt, e.Message);
                await ExecuteAsync(connection, transaction,
                    "UPDATE messaging.messages SET attempts = $2, last_error = $3, due_at = $4 WHERE id = $1",
                    ct, message.Id, message.Attempt, e.Message, retryAt);
            }
            return;
        }

        await ExecuteAsync(connection, transaction,
            "UPDATE messaging.messages SET attempts = $2, handled_at = $3, handled_by = $4 WHERE id = $1",
            ct, message.Id, message.Attempt, clock.GetUtcNow(), options.NodeName);
    }

    private Task SetAsideAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Message message, string error, CancellationToken ct) =>
        ExecuteAsync(connection, transaction,
            "UPDATE messaging.messages SET attempts = $2, last_error = $3, dead_at = $4 WHERE id = $1",
            ct, message.Id, message.Attempt, error, clock.GetUtcNow());

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
    }
}
