using System.Globalization;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Server.Health;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary><c>projections list</c>: each projection, and for the async ones how far the daemon is behind, as /health reports it.</summary>
internal static class ProjectionList
{
    public static async Task<int> WriteAsync(
        IDocumentStore store, NpgsqlDataSource dataSource, TimeProvider clock, IConfiguration configuration, TextWriter output, CancellationToken ct)
    {
        var projections = ProjectionNames.Of(store).All;
        var stallAfter = TimeSpan.FromSeconds(configuration.GetValue(EventStoreServices.StallAfterSecondsKey, 30));
        var asynchronous = projections.Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToList();
        var health = (await ProjectionHealth.ReadAsync(dataSource, asynchronous, clock, stallAfter, ct)).ToDictionary(p => p.Name);
        foreach (var (name, _) in projections)
        {
            var line = health.TryGetValue(name, out var p)
                ? string.Create(CultureInfo.InvariantCulture,
                    $"{name,-24} async   at event {p.Position:N0}, lag {p.LagEvents:N0} events ({p.LagSeconds:N1} s){(p.Stalled ? "  STALLED" : "")}")
                : $"{name,-24} inline  written with the events";
            await output.WriteLineAsync(line);
        }
        return 0;
    }
}
