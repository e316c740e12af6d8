using System.Text.Json;
using AgreementTracker.Domain;
using AgreementTracker.Domain.DemoData;
using Npgsql;
using NpgsqlTypes;

namespace AgreementTracker.Agreements.Benchmarks;

/// <summary>
/// The baseline for the import: the same events, serialised the same way, written by binary COPY into a table shaped
/// like Marten's (stream and version unique, the same metadata columns) plus a stream table, in the same batches.
/// </summary>
public static class RawImport
{
    private static readonly Dictionary<Type, string> Names = DomainEvents.All.ToDictionary(e => e.Type, e => e.Name);

    public static async Task CreateTablesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            CREATE TABLE raw_streams (id uuid PRIMARY KEY, type text NOT NULL, version bigint NOT NULL);
            CREATE TABLE raw_events (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id uuid NOT NULL, stream_id uuid NOT NULL REFERENCES raw_streams,
                version bigint NOT NULL, type text NOT NULL, data jsonb NOT NULL, timestamp timestamptz NOT NULL,
                correlation_id text, user_name text, headers jsonb, UNIQUE (stream_id, version))
            """);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> ImportAsync(NpgsqlDataSource dataSource, IEnumerable<List<DemoStream>> batches)
    {
        long events = 0;
        foreach (var batch in batches)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var streams = await connection.BeginBinaryImportAsync("COPY raw_streams (id, type, version) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var stream in batch)
                    await streams.WriteRowAsync(default, stream.Id, stream.Kind.ToString(), (long)stream.Events.Count);
                await streams.CompleteAsync();
            }
            await using (var rows = await connection.BeginBinaryImportAsync(
                "COPY raw_events (id, stream_id, version, type, data, timestamp, correlation_id, user_name, headers) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var stream in batch)
                    for (var i = 0; i < stream.Events.Count; i++)
                    {
                        var e = stream.Events[i];
                        await rows.StartRowAsync();
                        await rows.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                        await rows.WriteAsync(stream.Id, NpgsqlDbType.Uuid);
                        await rows.WriteAsync(i + 1L, NpgsqlDbType.Bigint);
                        await rows.WriteAsync(Names[e.Data.GetType()], NpgsqlDbType.Text);
                        await rows.WriteAsync(JsonSerializer.Serialize(e.Data, e.Data.GetType()), NpgsqlDbType.Jsonb);
                        await rows.WriteAsync(e.Timestamp, NpgsqlDbType.TimestampTz);
                        await rows.WriteAsync($"demo-{stream.Id:N}-{i}", NpgsqlDbType.Text);
                        await rows.WriteAsync(e.Actor.Identity, NpgsqlDbType.Text);
                        await rows.WriteAsync(e.Reason is null ? "null" : JsonSerializer.Serialize(new { reason = e.Reason }), NpgsqlDbType.Jsonb);
                        events++;
                    }
                await rows.CompleteAsync();
            }
            await transaction.CommitAsync();
        }
        return events;
    }
}
