using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Sql;
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

    /// <summary>How long start-up waits for a PostgreSQL that does not accept connections yet (restarting, still starting).</summary>
    public const string WaitForDatabaseKey = "Database:WaitAtStart";

    private static readonly TimeSpan DefaultWaitForDatabase = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);

    /// <summary>Wolverine's envelopes, scheduled deadlines and dead letters live in this PostgreSQL schema.</summary>
    public const string MessagingSchema = "wolverine";

    /// <summary>
    /// The store, and Marten's projection daemon for the asynchronous projections unless <c>Projections:RunDaemon</c>
    /// is false. Every node may run it: Marten's leader election (hot/cold) lets one node at a time do the work.
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<HeardChanges>();
        services.AddMarten(provider =>
            {
                var options = new StoreOptions();
                options.Connection(provider.GetRequiredService<NpgsqlDataSource>());
                options.ConfigureAgreements(provider.GetRequiredService<TimeProvider>()).AddAuditTimeline();
                options.Listeners.Add(new AnnounceAppends());
                options.Listeners.Add(new HearOwnCommits(provider.GetRequiredService<HeardChanges>()));
                return options;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine(wolverine => wolverine.MessageStorageSchemaName = MessagingSchema)
            .AddAsyncDaemon(configuration.GetValue(RunDaemonKey, true) ? DaemonMode.HotCold : DaemonMode.Disabled);
        return services;
    }

    /// <summary>
    /// Applies Marten's schema and the integrity layer before anything starts; Wolverine builds its own tables as it
    /// starts. A database that is not accepting connections yet (a node restarted while PostgreSQL restarts) is waited
    /// for, up to <c>Database:WaitAtStart</c> (default two minutes), so the node comes up by itself when it does.
    /// </summary>
    public static async Task InitializeEventStoreAsync(this IServiceProvider services, CancellationToken ct)
    {
        var database = services.GetRequiredService<ServerDatabase>();
        var clock = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AgreementTracker.Database");
        var giveUpAt = clock.GetUtcNow() + services.GetRequiredService<IConfiguration>().GetValue(WaitForDatabaseKey, DefaultWaitForDatabase);
        while (true)
        {
            try
            {
                await services.GetRequiredService<IDocumentStore>().ApplySchemaAsync(services.GetRequiredService<NpgsqlDataSource>(), ct);
                return;
            }
            catch (NpgsqlException e) when (DatabaseAway.Is(e) && clock.GetUtcNow() + RetryEvery < giveUpAt)
            {
                logger.LogWarning("The database at {Database} is not accepting connections yet ({Reason}); trying again in {Seconds} s",
                    database.Describe(), e.Message, RetryEvery.TotalSeconds);
                await Task.Delay(RetryEvery, clock, ct);
            }
            catch (NpgsqlException e)
            {
                throw new ServerStartException($"Cannot reach the database at {database.Describe()}: {e.Message}", e);
            }
        }
    }
}
