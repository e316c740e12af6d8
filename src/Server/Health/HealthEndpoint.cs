using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Server.Messaging;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Health;

/// <summary>
/// GET /health: 200 when the database answers, no projection is stalled and no due message waits; 503 with the reasons otherwise.
/// </summary>
public static class HealthEndpoint
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (NpgsqlDataSource dataSource, IDocumentStore store, TimeProvider clock, IConfiguration configuration, CancellationToken ct) =>
        {
            var stallAfter = TimeSpan.FromSeconds(configuration.GetValue(EventStoreServices.StallAfterSecondsKey, 30));
            var lateAfter = TimeSpan.FromSeconds(configuration.GetValue(MessagingServices.LateAfterSecondsKey, 300));
            var report = await HealthReport.CheckAsync(dataSource, (StoreOptions)store.Options, clock, stallAfter, lateAfter, ct);
            return Results.Json(report, statusCode: report.Status == HealthStatus.Healthy ? 200 : 503);
        });
}
