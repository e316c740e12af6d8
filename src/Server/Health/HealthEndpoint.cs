using Npgsql;

namespace AgreementTracker.Server.Health;

/// <summary>
/// GET /health: 200 with status Healthy when the database answers, 503 with the reason otherwise.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (NpgsqlDataSource dataSource, CancellationToken ct) =>
        {
            var report = await HealthReport.CheckAsync(dataSource, ct);
            return Results.Json(report, statusCode: report.Status == HealthStatus.Healthy ? 200 : 503);
        });
}
