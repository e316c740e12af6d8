using AgreementTracker.Agreements;
using Npgsql;

namespace AgreementTracker.TestSupport;

/// <summary>What the server has written to Marten's event table: a refused command must leave the count as it was.</summary>
public static class StoredEvents
{
    public static async Task<long> CountAsync(ServerHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {AgreementsModule.Schema}.mt_events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
