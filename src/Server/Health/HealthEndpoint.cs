using AgreementTracker.EventStore;
using Npgsql;

namespace AgreementTracker.Server.Health;

/// <summary>
/// GET /health: 200 when the database answers and no projection is stalled; 503 with the reasons otherwise.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (NpgsqlDataSource dataSource, StreamStore store, CancellationToken ct) =>
        {
            var report = await HealthReport.CheckAsync(dataSource, store, ct);
            return Results.Json(report, statusCode: report.Status == HealthStatus.Healthy ? 200 : 503);
        });
}
