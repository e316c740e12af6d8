using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.Server.Hosting;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Wolverine.Marten;

namespace AgreementTracker.Server.EventSourcing;

/// <summary>Marten as the event store: the agreements' streams, their projections, and Wolverine's outbox in the same database.</summary>
public static class EventStoreServices
{
    public const string RunDaemonKey = "Projections:RunDaemon";
    public const string StallAfterSecondsKey = "Projections:StallAfterSeconds";

    /// <summary>Wolverine's envelopes, scheduled deadlines and dead letters live in this PostgreSQL schema.</summary>
    public const string MessagingSchema = "wolverine";

    /// <summary>
    /// The store, and Marten's projection daemon for the asynchronous projections unless <c>Projections:RunDaemon</c>
    /// is false. Every node may run it: Marten's leader election (hot/cold) lets one node at a time do the work.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMarten(provider =>
            {
                var options = new StoreOptions();
                options.Connection(provider.GetRequiredService<NpgsqlDataSource>());
                options.ConfigureAgreements(provider.GetRequiredService<TimeProvider>()).AddAuditTimeline();
                return options;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(wolverine => wolverine.MessageStorageSchemaName = MessagingSchema)
            .AddAsyncDaemon(configuration.GetValue(RunDaemonKey, true) ? DaemonMode.HotCold : DaemonMode.Disabled);
        return services;
    }

    /// <summary>Applies Marten's schema and the integrity layer before anything starts; Wolverine builds its own tables as it starts.</summary>
    public static async Task InitializeEventStoreAsync(this IServiceProvider services, CancellationToken ct)
    {
        var database = services.GetRequiredService<ServerDatabase>();
        try
        {
            await services.GetRequiredService<IDocumentStore>().ApplySchemaAsync(services.GetRequiredService<NpgsqlDataSource>(), ct);
        }
        catch (NpgsqlException e)
        {
            throw new ServerStartException($"Cannot reach the database at {database.Describe()}: {e.Message}", e);
        }
    }
}
