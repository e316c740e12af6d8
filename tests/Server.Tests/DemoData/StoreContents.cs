using Npgsql;

namespace AgreementTracker.Server.Tests.DemoData;

/// <summary>What the event store holds, in numbers: equal numbers before and after a load mean it wrote nothing.</summary>
internal sealed record StoreContents(long Streams, long Events, long Commands, long LastSequence, DateTime FirstRecorded, DateTime LastRecorded)
{
    public static async Task<StoreContents> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM eventstore.streams), count(*), (SELECT count(*) FROM eventstore.command_log),
                   coalesce(max(seq), 0), min(created_at), max(created_at)
            FROM eventstore.events
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new StoreContents(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetDateTime(4), reader.GetDateTime(5));
    }
}
