using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>
/// One database with the North Jutland demo data imported through the store, the read models registered as the
/// server registers them, and the async projections caught up. Shared by the test classes that only read.
/// </summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>The day the read models are assessed on: the day the clock starts on and stays on, possibly years after the demo data.</summary>
    public static DateOnly Today => TestClock.Today;

    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public StreamStore Store { get; private set; } = null!;
    public ProjectionDaemon Daemon { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(_connectionString);
        Store = await StartStoreAsync(DataSource, TestClock.Start());
        await DemoImport.AppendAsync(Store, DemoDataGenerator.NorthJutland());
        Daemon = Store.CreateDaemon();
        await Daemon.StartAsync();
        await Daemon.WaitForNonStaleAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>A store configured as the server configures it, with its tables created.</summary>
    public static async Task<StreamStore> StartStoreAsync(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        var store = new StreamStore(dataSource, ReadModelProjections.AddTo(AgreementEventStore.CreateOptions(clock)));
        await store.InitializeAsync();
        return store;
    }

    public async Task DisposeAsync()
    {
        await Daemon.DisposeAsync();
        await DataSource.DisposeAsync();
        if (_connectionString is not null)
            await PostgresTestCluster.DropDatabaseAsync(_connectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class DemoDatabaseCollection : ICollectionFixture<DemoDatabase>
{
    public const string Name = "demo database";
}
