using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.Agreements.Tests.FollowUp;

/// <summary>
/// The read models as the server keeps them today: the old store with <see cref="ReadModelProjections"/>, in a fresh
/// database, the demo history appended command by command. What the tables Marten keeps must equal.
/// </summary>
public sealed class LegacyFollowUp : IAsyncDisposable
{
    private LegacyFollowUp(StreamStore store, NpgsqlDataSource dataSource)
    {
        Store = store;
        DataSource = dataSource;
    }

    public StreamStore Store { get; }
    public NpgsqlDataSource DataSource { get; }

    /// <summary>Imports <paramref name="history"/> into the Marten store and, on the same clock, into a fresh old store.</summary>
    public static async Task<LegacyFollowUp> ImportBesideAsync(PostgresDatabaseFixture database, AgreementsDatabase marten, IReadOnlyList<DemoStream> history)
    {
        var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        var store = new StreamStore(dataSource, ReadModelProjections.AddTo(AgreementEventStore.CreateOptions(marten.Clock)));
        await store.InitializeAsync();
        await DemoImport.AppendAsync(store, history);
        await DemoHistoryImport.ImportAsync(marten.Store, history);
        return new LegacyFollowUp(store, dataSource);
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
