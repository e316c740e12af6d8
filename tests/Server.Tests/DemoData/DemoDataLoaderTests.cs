using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.Server.DemoData;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Server.Tests.DemoData;

/// <summary>The loader against a store serving the follow-up read models, which the import leaves out and rebuilds.</summary>
public sealed class DemoDataLoaderTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Agreements = 4;

    private static async Task<(StreamStore Store, NpgsqlDataSource DataSource)> ServedStoreAsync(string connectionString)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var options = ReadModelProjections.AddTo(AgreementEventStore.CreateOptions(AfterTheDemoHistory()));
        var store = new StreamStore(dataSource, options);
        await store.InitializeAsync();
        return (store, dataSource);
    }

    /// <summary>
    /// The test clock, moved on past the demo's last day if it starts earlier: the demo is a history with fixed dates,
    /// and the store refuses events recorded after its "now".
    /// </summary>
    private static FakeTimeProvider AfterTheDemoHistory()
    {
        var clock = TestClock.Start();
        var demoOver = new DateTimeOffset(DemoDataGenerator.AsOf.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (clock.GetUtcNow() < demoOver)
            clock.SetUtcNow(demoOver);
        return clock;
    }

    private static Task<DemoDataLoader.Loaded> LoadAsync(StreamStore store, string connectionString, int agreements) =>
        DemoDataLoader.LoadAsync(store, connectionString, DemoDataSet.Generated(agreements), NullLogger.Instance, CancellationToken.None);

    private static async Task<long> SummaryRowsAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {AgreementFollowUpProjection.SummaryTable}");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Loads_every_event_and_rebuilds_the_read_models_the_import_left_out()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var (store, dataSource) = await ServedStoreAsync(connectionString);
        await using var _ = dataSource;
        var expected = DemoDataGenerator.Generate(Agreements).ToList();

        var loaded = await LoadAsync(store, connectionString, Agreements);

        Assert.Equal(expected.Count, loaded.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), loaded.EventsWritten);
        Assert.Equal(0, loaded.EventsAlreadyThere);
        Assert.Equal(store.Options.Projections.Inline.Select(p => p.Name), loaded.ProjectionsRebuilt);
        Assert.Equal(Agreements, await SummaryRowsAsync(dataSource));
        var lastAgreement = expected.Last(s => s.Kind == StreamKind.Agreement);
        Assert.Equal(lastAgreement.Events.Count, (await store.FetchStreamAsync(lastAgreement.Id)).Count);
    }

    [Fact]
    public async Task Loading_again_writes_nothing_and_rebuilds_nothing()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var (store, dataSource) = await ServedStoreAsync(connectionString);
        await using var _ = dataSource;
        var first = await LoadAsync(store, connectionString, Agreements);
        var before = await StoreContents.ReadAsync(connectionString);

        var second = await LoadAsync(store, connectionString, Agreements);

        Assert.Equal(0, second.EventsWritten);
        Assert.Equal(first.EventsWritten, second.EventsAlreadyThere);
        Assert.Empty(second.ProjectionsRebuilt);
        Assert.Equal(before, await StoreContents.ReadAsync(connectionString));
    }

    [Fact]
    public async Task A_larger_set_over_a_smaller_one_writes_only_what_is_missing()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var (store, dataSource) = await ServedStoreAsync(connectionString);
        await using var _ = dataSource;
        var smaller = await LoadAsync(store, connectionString, Agreements / 2);

        var larger = await LoadAsync(store, connectionString, Agreements);

        Assert.Equal(smaller.EventsWritten, larger.EventsAlreadyThere);
        Assert.Equal(DemoDataGenerator.Generate(Agreements).Sum(s => s.Events.Count), smaller.EventsWritten + larger.EventsWritten);
        Assert.Equal(Agreements, await SummaryRowsAsync(dataSource));
    }
}
