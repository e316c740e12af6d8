using AgreementTracker.Agreements.Audit;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;

namespace AgreementTracker.Agreements.Tests.Audit;

/// <summary>
/// A fresh <see cref="AgreementsDatabase"/> with a store that also keeps the audit timeline, as the server configures
/// it, and Marten's daemon run on demand.
/// </summary>
public sealed class AuditTimelineDatabase : IAsyncDisposable
{
    /// <summary>Only how long a stuck daemon may hang a test; no test measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private AuditTimelineDatabase(AgreementsDatabase agreements, DocumentStore store)
    {
        Agreements = agreements;
        Store = store;
    }

    public AgreementsDatabase Agreements { get; }
    public DocumentStore Store { get; }
    public NpgsqlDataSource DataSource => Agreements.DataSource;

    public static async Task<AuditTimelineDatabase> StartAsync(PostgresDatabaseFixture database)
    {
        var agreements = await AgreementsDatabase.StartAsync(database);
        var store = DocumentStore.For(options =>
        {
            options.Connection(agreements.DataSource);
            options.ConfigureAgreements(agreements.Clock);
            options.AddAuditTimeline();
        });
        await store.ApplySchemaAsync(agreements.DataSource);
        return new AuditTimelineDatabase(agreements, store);
    }

    /// <summary>Runs the daemon until the timeline has caught up with every event appended so far.</summary>
    public async Task CatchUpAsync()
    {
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await daemon.WaitForNonStaleData(Patience);
        await daemon.StopAllAsync();
    }

    /// <summary>Marten's rebuild: the timeline's tables emptied, then every event replayed into them.</summary>
    public async Task RebuildAsync()
    {
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(AuditTimeline.ProjectionName, Patience, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Agreements.DisposeAsync();
    }
}
