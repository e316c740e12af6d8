using System.Text.Json;
using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>Reads streams and bookkeeping rows; every event body goes through the registry, so upcasters always apply.</summary>
internal sealed class StoreReader(StreamStore store)
{
    private const string StreamBodiesSql = """
        SELECT seq, version, type, schema_version, data, hash FROM eventstore.events
        WHERE stream_id = $1 AND ($2::bigint IS NULL OR version <= $2) AND ($3::timestamptz IS NULL OR created_at <= $3)
        ORDER BY version
        """;

    public sealed record LoadedStream(List<object> Events, long Version, byte[] LastHash);

    /// <summary>Bodies of a stream, oldest first, optionally only up to a version or a point in time.</summary>
    public async Task<LoadedStream> LoadAsync(Guid streamId, long? toVersion, DateTimeOffset? asOf, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var registry = store.Options.Events;
        var connection = transaction?.Connection;
        var ownsConnection = connection is null;
        connection ??= await store.DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(StreamBodiesSql, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = streamId });
            command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = toVersion, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = asOf?.ToUniversalTime(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
            await command.PrepareAsync(cancellationToken);
            var events = new List<object>();
            long version = 0;
            var lastHash = EventHasher.Genesis;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add(registry.Deserialize(reader.GetString(2), reader.GetInt32(3), reader.GetFieldValue<byte[]>(4), reader.GetInt64(0)));
                version = reader.GetInt64(1);
                lastHash = reader.GetFieldValue<byte[]>(5);
            }
            return new LoadedStream(events, version, lastHash);
        }
        finally
        {
            if (ownsConnection)
                await connection.DisposeAsync();
        }
    }

    public Task<LoadedStream> LoadForWritingAsync(Guid streamId, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        LoadAsync(streamId, null, null, transaction, cancellationToken);

    public async Task<List<EventEnvelope>> FetchStreamAsync(Guid streamId, long? fromVersion, long? toVersion, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand($"""
            SELECT {StoredEventReader.Columns} FROM eventstore.events
            WHERE stream_id = $1 AND version >= $2 AND ($3::bigint IS NULL OR version <= $3) AND ($4::timestamptz IS NULL OR created_at <= $4)
            ORDER BY version
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = fromVersion ?? 1 });
        command.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = toVersion, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = asOf?.ToUniversalTime(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        return await StoredEventReader.ReadAllAsync(command, store.Options.Events, cancellationToken);
    }

    public async Task<List<EventEnvelope>> ReadAllAsync(long fromSequence, int max, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand(
            $"SELECT {StoredEventReader.Columns} FROM eventstore.events WHERE seq >= $1 ORDER BY seq LIMIT $2");
        command.Parameters.Add(new NpgsqlParameter { Value = fromSequence });
        command.Parameters.Add(new NpgsqlParameter { Value = max });
        return await StoredEventReader.ReadAllAsync(command, store.Options.Events, cancellationToken);
    }

    public async Task<bool> StreamExistsAsync(Guid streamId, CancellationToken cancellationToken)
    {
        await using var command = store.DataSource.CreateCommand("SELECT 1 FROM eventstore.streams WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<Dictionary<Guid, long>> ReadVersionsAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, IEnumerable<Guid> streamIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id, version FROM eventstore.streams WHERE id = ANY($1)", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = streamIds.ToArray() });
        var versions = new Dictionary<Guid, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            versions[reader.GetGuid(0)] = reader.GetInt64(1);
        return versions;
    }

    /// <summary>The result of the first call that used a command id, with the sequence range its events got.</summary>
    public async Task<AppendResult?> TryReadCommandResultAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, Guid commandId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.result::text, min(e.seq), max(e.seq)
            FROM eventstore.command_log c
            CROSS JOIN LATERAL jsonb_to_recordset(c.result) AS r("StreamId" uuid, "FromVersion" bigint, "ToVersion" bigint)
            JOIN eventstore.events e ON e.stream_id = r."StreamId" AND e.version BETWEEN r."FromVersion" AND r."ToVersion"
            WHERE c.command_id = $1
            GROUP BY c.result::text
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = commandId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        var streams = JsonSerializer.Deserialize<List<StreamAppended>>(reader.GetString(0))!;
        return new AppendResult(streams, reader.GetInt64(1), reader.GetInt64(2), IsDuplicate: true);
    }
}
