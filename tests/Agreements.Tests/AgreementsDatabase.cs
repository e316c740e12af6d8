using AgreementTracker.Integrity;
using AgreementTracker.TestSupport;
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

    public Task<HistoryReport> VerifyAsync() => HistoryVerifier.VerifyAsync(DataSource, AgreementsModule.Schema);

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}
