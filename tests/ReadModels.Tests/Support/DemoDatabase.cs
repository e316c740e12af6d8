using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.TestSupport;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>
/// One database with the North Jutland demo history imported into Marten as the server keeps it (the follow-up tables
/// and the directory inline, the audit timeline caught up by Marten's daemon). Shared by the test classes that only read.
/// </summary>
public sealed class DemoDatabase : IAsyncLifetime
{
    /// <summary>Only how long a stuck daemon may hang the fixture; no test measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private string? _connectionString;

    /// <summary>The day the read models are assessed on: the day the clock starts on and stays on, possibly years after the demo data.</summary>
    public static DateOnly Today => TestClock.Today;

    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public DocumentStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        DataSource = NpgsqlDataSource.Create(_connectionString);
        Store = await StartStoreAsync(DataSource, TestClock.Start());
        await DemoHistoryImport.ImportAsync(Store, DemoDataGenerator.NorthJutland());
        using var daemon = await Store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await daemon.WaitForNonStaleData(Patience);
        await daemon.StopAllAsync();
    }

    /// <summary>A store configured as the server configures it, with its tables created.</summary>
    public static async Task<DocumentStore> StartStoreAsync(NpgsqlDataSource dataSource, FakeTimeProvider clock)
    {
        var store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            options.ConfigureAgreements(clock).AddAuditTimeline();
        });
        await store.ApplySchemaAsync(dataSource);
        return store;
    }

    /// <summary>Every event of one stream, oldest first.</summary>
    public async Task<IReadOnlyList<IEvent>> StreamAsync(Guid id)
    {
        await using var session = Store.QuerySession();
        return await session.Events.FetchStreamAsync(id);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
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
