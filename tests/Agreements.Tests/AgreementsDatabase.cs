using AgreementTracker.Domain.DemoData;
using AgreementTracker.Integrity;
using AgreementTracker.TestSupport;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Agreements.Tests;

/// <summary>A fresh database with the application's Marten store and integrity layer, on a test clock.</summary>
public sealed class AgreementsDatabase : IAsyncDisposable
{
    private AgreementsDatabase(DocumentStore store, NpgsqlDataSource dataSource, FakeTimeProvider clock)
    {
        Store = store;
        DataSource = dataSource;
        Clock = clock;
    }

    public DocumentStore Store { get; }
    public NpgsqlDataSource DataSource { get; }
    public FakeTimeProvider Clock { get; }

    public static async Task<AgreementsDatabase> StartAsync(PostgresDatabaseFixture database)
    {
        var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        var clock = TestClock.Start();
        var store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.ConfigureAgreements(clock);
        });
        await store.ApplySchemaAsync(dataSource);
        return new AgreementsDatabase(store, dataSource, clock);
    }

    /// <summary>
    /// Writes demo streams as they happened: each event at its own time, by its own author, for its own reason, one
    /// session per stream.
    /// </summary>
    public async Task ImportAsync(IEnumerable<DemoStream> streams)
    {
        foreach (var stream in streams)
        {
            await using var session = Store.LightweightSession();
            var events = stream.Events.Select(e => ImportedEvent(session, e)).ToArray();
            if (stream.Kind == StreamKind.Agreement)
                session.Events.StartStream<Domain.Agreements.AgreementState>(stream.Id, events);
            else
                session.Events.StartStream<Domain.Organisations.OrganisationState>(stream.Id, events);
            await session.SaveChangesAsync();
        }
    }

    private static IEvent ImportedEvent(IDocumentSession session, DemoEvent e)
    {
        var imported = session.Events.BuildEvent(e.Data).AtTimestamp(e.Timestamp);
        imported.UserName = e.Actor.Identity;
        if (e.Reason is not null)
            imported.SetHeader("reason", e.Reason);
        return imported;
    }

    public Task<HistoryReport> VerifyAsync() => HistoryVerifier.VerifyAsync(DataSource, AgreementsModule.Schema);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
