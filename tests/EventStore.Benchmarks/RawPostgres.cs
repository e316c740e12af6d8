using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.EventStore.Benchmarks;

/// <summary>
/// The baseline: the same event rows written and read with plain PostgreSQL (a prepared single-row
/// INSERT, binary COPY, a plain SELECT), into a table shaped like the events table.
/// </summary>
public sealed class RawPostgres(NpgsqlDataSource dataSource)
{
    private static readonly string Metadata = Encoding.UTF8.GetString(CanonicalJson.Canonicalize("""{"actor":"benchmark"}"""));

    public async Task CreateTableAsync()
    {
        await using var command = dataSource.CreateCommand("""
            DROP TABLE IF EXISTS raw_events;
            CREATE TABLE raw_events (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, stream_id uuid NOT NULL, version bigint NOT NULL,
                type text NOT NULL, schema_version integer NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
                created_at timestamptz NOT NULL, hash bytea NOT NULL, previous_hash bytea NOT NULL, UNIQUE (stream_id, version))
            """);
        await command.ExecuteNonQueryAsync();
    }

    public sealed record Row(Guid StreamId, long Version, string Type, string Data);

    public static IEnumerable<Row> RowsFor(Guid streamId, IEnumerable<object> events, long firstVersion = 1) =>
        events.Select((e, i) => new Row(streamId, firstVersion + i, e is BasketOpened ? "basket_opened" : "item_added",
            Encoding.UTF8.GetString(CanonicalJson.Canonicalize(JsonSerializer.SerializeToUtf8Bytes(e, e.GetType(), JsonSerializerOptions.Web)))));

    public static async Task InsertOneAsync(NpgsqlConnection connection, Row row)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO raw_events (stream_id, version, type, schema_version, data, metadata, created_at, hash, previous_hash)
            VALUES ($1, $2, $3, 1, $4, $5, now(), $6, $7)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = row.StreamId });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Version });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Type });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Data, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = Metadata, NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = RandomNumberGenerator.GetBytes(32) });
        command.Parameters.Add(new NpgsqlParameter { Value = RandomNumberGenerator.GetBytes(32) });
        await command.PrepareAsync();
        await command.ExecuteNonQueryAsync();
    }

    public static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<Row> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY raw_events (stream_id, version, type, schema_version, data, metadata, created_at, hash, previous_hash) FROM STDIN (FORMAT BINARY)");
        var now = DateTimeOffset.UtcNow;
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(row.StreamId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(row.Version, NpgsqlDbType.Bigint);
            await writer.WriteAsync(row.Type, NpgsqlDbType.Text);
            await writer.WriteAsync(1, NpgsqlDbType.Integer);
            await writer.WriteAsync(row.Data, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(Metadata, NpgsqlDbType.Jsonb);
            await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await writer.WriteAsync(RandomNumberGenerator.GetBytes(32), NpgsqlDbType.Bytea);
            await writer.WriteAsync(RandomNumberGenerator.GetBytes(32), NpgsqlDbType.Bytea);
        }
        await writer.CompleteAsync();
    }

    /// <summary>Reads every column of the store's events in the given order, touching each value; returns the row count.</summary>
    public async Task<long> ReadEventsAsync(string orderBy, string? where = null, Guid? streamId = null)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT seq, stream_id, version, type, schema_version, data, metadata, created_at, hash, previous_hash FROM eventstore.events {where} ORDER BY {orderBy}");
        if (streamId is { } id)
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        long rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            reader.GetFieldValue<byte[]>(5);
            reader.GetFieldValue<byte[]>(6);
            rows++;
        }
        return rows;
    }
}
