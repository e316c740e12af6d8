using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

/// <summary>History kept elsewhere (e.g. the demo data set's 2021–2026) imported with its original times.</summary>
public sealed class ImportTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateTimeOffset January2022 = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June2023 = new(2023, 6, 1, 14, 30, 0, TimeSpan.Zero);

    private static Task<AppendResult> ImportAsync(StreamStore store, Guid id, DateTimeOffset recordedAt, long expectedVersion, params object[] events)
    {
        var session = store.OpenSession(new EventMetadata { Actor = "import", RecordedAt = recordedAt });
        if (expectedVersion == 0)
            session.StartStream(id, "counter", events);
        else
            session.Append(id, expectedVersion, events);
        return session.SaveChangesAsync();
    }

    [Fact]
    public async Task Imported_events_keep_their_original_time_so_time_travel_sees_them_where_they_happened()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        await ImportAsync(store, id, January2022, 0, new CounterStarted("c"), new Incremented(1));
        await ImportAsync(store, id, June2023, 2, new Incremented(10));

        var asOf2022 = await store.AggregateStreamAsync<CounterState>(id, timestamp: new DateTimeOffset(2022, 12, 31, 0, 0, 0, TimeSpan.Zero));
        var events = await store.FetchStreamAsync(id);

        Assert.Equal(1, asOf2022!.Value);
        Assert.Equal(11, (await store.AggregateStreamAsync<CounterState>(id))!.Value);
        Assert.Equal([January2022, January2022, June2023], events.Select(e => e.Timestamp));
        Assert.All(events, e => Assert.NotNull(e.Metadata.ImportedAt));
        Assert.Equal(June2023, events[^1].Metadata.RecordedAt);
        Assert.True((await store.VerifyIntegrityAsync()).IsIntact);
    }

    [Fact]
    public async Task Live_events_say_nothing_of_an_import_even_if_the_caller_claims_one()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var session = store.OpenSession(new EventMetadata { Actor = "clerk", ImportedAt = January2022 });
        session.StartStream(id, "counter", new CounterStarted("c"));
        await session.SaveChangesAsync();

        var stored = Assert.Single(await store.FetchStreamAsync(id));
        Assert.Null(stored.Metadata.ImportedAt);
        Assert.Null(stored.Metadata.RecordedAt);
    }

    [Fact]
    public async Task Events_cannot_be_recorded_in_the_future_and_nothing_is_written()
    {
        var clock = TestClock.Start();
        var store = await TestStores.CreateAsync(database.DataSource, clock: clock);
        var id = Guid.NewGuid();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ImportAsync(store, id, clock.GetUtcNow().AddDays(1), 0, new CounterStarted("c")));

        Assert.Contains("cannot be recorded in the future", error.Message);
        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(id));
    }

    [Fact]
    public async Task History_is_imported_oldest_first_and_an_earlier_event_is_refused_without_writing()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        await ImportAsync(store, id, June2023, 0, new CounterStarted("c"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ImportAsync(store, id, January2022, 1, new Incremented(5)));

        Assert.Contains("history is imported oldest first", error.Message);
        Assert.Single(await store.FetchStreamAsync(id));
    }
}
