using System.Text.Json.Serialization;
using AgreementTracker.EventStore;
using AgreementTracker.Messaging;
using Npgsql;

namespace AgreementTracker.Server.Health;

[JsonConverter(typeof(JsonStringEnumConverter<HealthStatus>))]
public enum HealthStatus { Healthy, Unhealthy }

/// <summary>Unhealthy when the database does not answer, a projection has stalled, or due messages (deadlines) are not being handled.</summary>
public sealed record HealthReport(HealthStatus Status, DatabaseHealth Database, IReadOnlyList<ProjectionHealth> Projections, MessageQueueStatus? Messages)
{
    public static async Task<HealthReport> CheckAsync(NpgsqlDataSource dataSource, StreamStore store, TimeProvider clock, TimeSpan messagesLateAfter, CancellationToken ct)
    {
        var database = await DatabaseHealth.CheckAsync(dataSource, ct);
        if (!database.Reachable)
            return new HealthReport(HealthStatus.Unhealthy, database, [], null);
        var projections = (await store.Projections.GetStatusAsync(ct)).Select(ProjectionHealth.From).ToList();
        var messages = await MessageQueueStatus.ReadAsync(dataSource, clock, messagesLateAfter, ct);
        var healthy = projections.All(p => !p.Stalled) && messages.Late == 0;
        return new HealthReport(healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, database, projections, messages);
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

/// <summary>One asynchronous projection: how far behind it is, who runs it, and whether it is stuck.</summary>
public sealed record ProjectionHealth(
    string Name, long LagEvents, double LagSeconds, bool Running, string? RunningOn, bool Stalled, long DeadLetters, string? LastError)
{
    public static ProjectionHealth From(ProjectionStatus status) => new(
        status.Name, status.LagEvents, Math.Round(status.LagSeconds, 1), status.IsRunning, status.Owner,
        status.IsStalled, status.DeadLetters, status.LastError);
}
