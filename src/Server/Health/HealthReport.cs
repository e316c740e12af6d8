using System.Text.Json.Serialization;
using Npgsql;

namespace AgreementTracker.Server.Health;

[JsonConverter(typeof(JsonStringEnumConverter<HealthStatus>))]
public enum HealthStatus { Healthy, Unhealthy }

public sealed record HealthReport(HealthStatus Status, DatabaseHealth Database)
{
    public static async Task<HealthReport> CheckAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var database = await DatabaseHealth.CheckAsync(dataSource, ct);
        return new HealthReport(database.Reachable ? HealthStatus.Healthy : HealthStatus.Unhealthy, database);
    }
}

public sealed record DatabaseHealth(bool Reachable, string? ServerVersion, string? Error)
{
    public static async Task<DatabaseHealth> CheckAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SHOW server_version");
            return new DatabaseHealth(true, (string?)await command.ExecuteScalarAsync(ct), null);
        }
        catch (NpgsqlException e)
        {
            return new DatabaseHealth(false, null, e.Message);
        }
    }
}
