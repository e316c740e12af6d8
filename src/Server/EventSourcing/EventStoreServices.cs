using AgreementTracker.Commands;
using AgreementTracker.Deadlines;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels;
using AgreementTracker.Server.Hosting;
using Npgsql;

namespace AgreementTracker.Server.EventSourcing;

public static class EventStoreServices
{
    public const string RunDaemonKey = "Projections:RunDaemon";
    public const string StallAfterSecondsKey = "Projections:StallAfterSeconds";

    /// <summary>
    /// The store, and the projection daemon on this node unless <c>Projections:RunDaemon</c> is false.
    /// Every node may run the daemon: an advisory lock lets one of them work each projection at a time.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => DeadlineSchedule.AddTo(ReadModelProjections.AddTo(
            AgreementEventStore.CreateOptions(provider.GetRequiredService<TimeProvider>()))));
        services.AddSingleton(provider =>
        {
            var store = new StreamStore(provider.GetRequiredService<NpgsqlDataSource>(), provider.GetRequiredService<EventStoreOptions>());
            store.Projections.StallThreshold = TimeSpan.FromSeconds(configuration.GetValue(StallAfterSecondsKey, 30));
            return store;
        });
        services.AddSingleton(provider => provider.GetRequiredService<StreamStore>().CreateDaemon());
        if (configuration.GetValue(RunDaemonKey, true))
            services.AddHostedService(provider => provider.GetRequiredService<ProjectionDaemon>());
        return services;
    }

    /// <summary>Applies the schema and creates missing projection tables before the server takes requests.</summary>
    public static async Task InitializeEventStoreAsync(this WebApplication app, CancellationToken ct)
    {
        var database = app.Services.GetRequiredService<ServerDatabase>();
        try
        {
            await app.Services.GetRequiredService<StreamStore>().InitializeAsync(ct);
        }
        catch (NpgsqlException e)
        {
            throw new ServerStartException($"Cannot reach the database at {database.Describe()}: {e.Message}", e);
        }
        catch (SchemaMismatchException e)
        {
            throw new ServerStartException(e.Message, e);
        }
    }
}
