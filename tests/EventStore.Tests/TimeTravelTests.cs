using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

public sealed class TimeTravelTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_stream_aggregates_as_of_a_version()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("a"), new Incremented(1), new Renamed("b"), new Incremented(10));
        await session.SaveChangesAsync();

        Assert.Equal(new CounterState("a", 1, 2), await store.AggregateStreamAsync<CounterState>(id, version: 2));
        Assert.Equal(new CounterState("b", 1, 3), await store.AggregateStreamAsync<CounterState>(id, version: 3));
        Assert.Equal(new CounterState("b", 11, 4), await store.AggregateStreamAsync<CounterState>(id));
        Assert.Null(await store.AggregateStreamAsync<CounterState>(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_stream_aggregates_as_of_a_point_in_time()
    {
        var clock = TestClock.Start();
        var store = await TestStores.CreateAsync(database.DataSource, clock: clock);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("a"));
        await session.SaveChangesAsync();
        var afterStart = (await store.FetchStreamAsync(id))[^1].Timestamp;
        clock.Advance(TimeSpan.FromMilliseconds(20));
        session.Append(id, 1, new Incremented(5));
        await session.SaveChangesAsync();
        var afterIncrement = (await store.FetchStreamAsync(id))[^1].Timestamp;
        clock.Advance(TimeSpan.FromMilliseconds(20));
        session.Append(id, 2, new Renamed("z"));
        await session.SaveChangesAsync();

        Assert.Null(await store.AggregateStreamAsync<CounterState>(id, timestamp: afterStart.AddMilliseconds(-1)));
        Assert.Equal(new CounterState("a", 0, 1), await store.AggregateStreamAsync<CounterState>(id, timestamp: afterStart));
        Assert.Equal(new CounterState("a", 5, 2), await store.AggregateStreamAsync<CounterState>(id, timestamp: afterIncrement.AddMilliseconds(10)));
        Assert.Equal(2, (await store.FetchStreamAsync(id, asOf: afterIncrement)).Count);
    }

    [Fact]
    public async Task A_stream_reads_a_version_range()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("a"), new Incremented(1), new Incremented(2), new Incremented(3));
        await session.SaveChangesAsync();

        var middle = await store.FetchStreamAsync(id, fromVersion: 2, toVersion: 3);

        Assert.Equal([2L, 3], middle.Select(e => e.Version));
    }

    [Fact]
    public async Task Fetch_for_writing_gives_state_and_version_and_appends_at_that_version()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();

        var handler = store.OpenSession();
        var fresh = await handler.FetchForWritingAsync<CounterState>(id);
        Assert.False(fresh.Exists);
        Assert.Equal(CounterState.Initial(), fresh.State);
        fresh.Append(new CounterStarted("new"));
        await handler.SaveChangesAsync();

        var loaded = await store.OpenSession().FetchForWritingAsync<CounterState>(id);
        var racer = store.OpenSession();
        racer.Append(id, 1, new Incremented(1));
        await racer.SaveChangesAsync();
        var late = store.OpenSession();
        (await late.FetchForWritingAsync<CounterState>(id)).Append(new Incremented(2));
        await late.SaveChangesAsync();

        Assert.Equal(1, loaded.Version);
        Assert.Equal("new", loaded.State.Name);
        Assert.Equal(new CounterState("new", 3, 3), await store.AggregateStreamAsync<CounterState>(id));
    }
}
