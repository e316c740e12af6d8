using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

public sealed class AppendTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Started_and_appended_events_read_back_in_order_with_versions_and_metadata()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var metadata = new EventMetadata { Actor = "anna@brn.dk", CorrelationId = "corr-1", CausationId = "cause-1", Reason = "kick-off", CommandId = Guid.NewGuid() };
        var session = store.OpenSession(metadata);
        session.StartStream(id, "counter", new CounterStarted("visits"), new Incremented(2));
        var started = await session.SaveChangesAsync();

        var append = store.OpenSession();
        append.Append(id, 2, new Incremented(5));
        var appended = await append.SaveChangesAsync();

        Assert.Equal(new StreamAppended(id, 1, 2), started.Streams.Single());
        Assert.Equal(new StreamAppended(id, 3, 3), appended.Streams.Single());
        Assert.Equal(3, appended.VersionOf(id));
        Assert.True(appended.FirstSequence > started.LastSequence);
        var events = await store.FetchStreamAsync(id);
        Assert.Equal([1L, 2, 3], events.Select(e => e.Version));
        Assert.Equal<object>([new CounterStarted("visits"), new Incremented(2), new Incremented(5)], events.Select(e => e.Data).ToList());
        Assert.Equal(metadata, events[0].Metadata);
        Assert.Equal("incremented", events[2].TypeName);
        Assert.Equal(EventMetadata.Empty, events[2].Metadata);
    }

    [Fact]
    public async Task Of_two_writers_at_the_same_expected_version_exactly_one_wins()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = await StartCounterAsync(store);
        var first = store.OpenSession();
        var second = store.OpenSession();
        first.Append(id, 1, new Incremented(1));
        second.Append(id, 1, new Incremented(2));

        var outcomes = await Task.WhenAll(Outcome(first.SaveChangesAsync()), Outcome(second.SaveChangesAsync()));

        Assert.Single(outcomes, o => o is null);
        var conflict = Assert.IsType<ConcurrencyException>(Assert.Single(outcomes, o => o is not null));
        Assert.Equal(id, conflict.StreamId);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Assert.Contains(id.ToString(), conflict.Message);
        Assert.Equal(2, (await store.FetchStreamAsync(id)).Count);
    }

    [Fact]
    public async Task Appending_at_a_stale_version_names_the_stream_and_both_versions()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = await StartCounterAsync(store);
        var session = store.OpenSession();
        session.Append(id, 5, new Incremented(1));

        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() => session.SaveChangesAsync());

        Assert.Equal($"Stream {id} is at version 1, not the expected version 5; another writer appended first.", conflict.Message);
    }

    [Fact]
    public async Task Many_parallel_writers_lose_nothing_and_leave_contiguous_versions()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = await StartCounterAsync(store);
        const int writers = 16, appendsEach = 50;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < appendsEach; i++)
            {
                while (true)
                {
                    var session = store.OpenSession();
                    var stream = await session.FetchForWritingAsync<CounterState>(id);
                    stream.Append(new Incremented(1));
                    try { await session.SaveChangesAsync(); break; }
                    catch (ConcurrencyException) { }
                }
            }
        })));

        var events = await store.FetchStreamAsync(id);
        Assert.Equal(Enumerable.Range(1, writers * appendsEach + 1).Select(v => (long)v), events.Select(e => e.Version));
        Assert.Equal(writers * appendsEach, (await store.AggregateStreamAsync<CounterState>(id))!.Value);
        Assert.True((await store.VerifyIntegrityAsync()).IsIntact);
    }

    [Fact]
    public async Task Parallel_writers_on_separate_streams_all_succeed()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var ids = Enumerable.Range(0, 16).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            var start = store.OpenSession();
            start.StartStream(id, "counter", new CounterStarted("c"));
            await start.SaveChangesAsync();
            for (var version = 1; version <= 50; version++)
            {
                var session = store.OpenSession();
                session.Append(id, version, new Incremented(1));
                await session.SaveChangesAsync();
            }
        })));

        foreach (var id in ids)
            Assert.Equal(51, (await store.FetchStreamAsync(id)).Count);
    }

    [Fact]
    public async Task A_save_is_atomic_across_streams()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var existing = await StartCounterAsync(store);
        var fresh = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(fresh, "counter", new CounterStarted("fresh"));
        session.Append(existing, 7, new Incremented(1));

        await Assert.ThrowsAsync<ConcurrencyException>(() => session.SaveChangesAsync());

        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(fresh));
        Assert.Single(await store.FetchStreamAsync(existing));
    }

    [Fact]
    public async Task An_empty_append_writes_nothing_and_keeps_the_version()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = await StartCounterAsync(store);
        var before = await TestStores.ScalarAsync(database.DataSource, "SELECT count(*) FROM eventstore.events");
        var session = store.OpenSession();
        session.Append(id, 1);

        var result = await session.SaveChangesAsync();

        Assert.Empty(result.Streams);
        Assert.Equal(before, await TestStores.ScalarAsync(database.DataSource, "SELECT count(*) FROM eventstore.events"));
        Assert.Equal(1, await TestStores.ScalarAsync(database.DataSource, $"SELECT version FROM eventstore.streams WHERE id = '{id}'"));
    }

    [Fact]
    public async Task Starting_a_stream_that_exists_is_a_conflict()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = await StartCounterAsync(store);
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("again"));

        var error = await Assert.ThrowsAsync<StreamAlreadyExistsException>(() => session.SaveChangesAsync());

        Assert.Equal($"Stream {id} already exists (version 1); StartStream needs a new stream id.", error.Message);
    }

    [Fact]
    public async Task Appending_to_an_unknown_stream_says_so()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.Append(id, 0, new Incremented(1));

        var error = await Assert.ThrowsAsync<UnknownStreamException>(() => session.SaveChangesAsync());

        Assert.Equal($"Stream {id} does not exist; start it with StartStream before appending to it.", error.Message);
        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(id));
    }

    [Fact]
    public async Task An_oversized_event_is_refused_and_nothing_is_written()
    {
        var store = await TestStores.CreateAsync(database.DataSource, o => o.MaxEventSizeBytes = 1000);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("ok"), new Note(new string('x', 2000)));

        var error = await Assert.ThrowsAsync<EventTooLargeException>(() => session.SaveChangesAsync());

        Assert.Equal($"Event 'note' for stream {id} is 2012 bytes of JSON, more than the maximum of 1000 bytes.", error.Message);
        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(id));
    }

    [Fact]
    public async Task An_unregistered_event_type_is_refused_and_nothing_is_written()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("ok"), new Unregistered("?"));

        var error = await Assert.ThrowsAsync<UnregisteredEventTypeException>(() => session.SaveChangesAsync());

        Assert.Contains(typeof(Unregistered).FullName!, error.Message);
        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(id));
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var session = store.OpenSession();
        var id = Guid.NewGuid();

        Assert.Contains("empty GUID", Assert.Throws<ArgumentException>(() => session.StartStream(Guid.Empty, "counter", new CounterStarted("x"))).Message);
        Assert.Contains("at least one event", Assert.Throws<ArgumentException>(() => session.StartStream(id, "counter")).Message);
        Assert.Contains("stream type", Assert.Throws<ArgumentException>(() => session.StartStream(id, " ", new CounterStarted("x"))).Message);
        Assert.Contains("is null", Assert.Throws<ArgumentException>(() => session.Append(id, 1, [null!])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => session.Append(id, -1, new Incremented(1)));
        session.Append(id, 3, new Incremented(1));
        Assert.Contains("must expect version 4", Assert.Throws<ArgumentException>(() => session.Append(id, 3, new Incremented(1))).Message);
    }

    [Fact]
    public async Task Appends_queued_in_one_session_for_the_same_stream_chain_on_each_other()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("c"));
        session.Append(id, 1, new Incremented(1));
        session.Append(id, 2, new Incremented(2));
        await session.SaveChangesAsync();
        session.Append(id, 3, new Incremented(3));
        await session.SaveChangesAsync();

        Assert.Equal(6, (await store.AggregateStreamAsync<CounterState>(id))!.Value);
    }

    [Fact]
    public async Task A_session_can_write_inside_the_callers_transaction()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var kept = Guid.NewGuid();
        var dropped = Guid.NewGuid();
        await using var connection = await database.DataSource.OpenConnectionAsync();

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var session = store.OpenSession(transaction);
            session.StartStream(dropped, "counter", new CounterStarted("rolled back"));
            await session.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var session = store.OpenSession(transaction);
            session.StartStream(kept, "counter", new CounterStarted("committed"));
            await session.SaveChangesAsync();
            var conflicting = store.OpenSession(transaction);
            conflicting.StartStream(kept, "counter", new CounterStarted("again"));
            await Assert.ThrowsAsync<StreamAlreadyExistsException>(() => conflicting.SaveChangesAsync());
            await transaction.CommitAsync();
        }

        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(dropped));
        Assert.Single(await store.FetchStreamAsync(kept));
    }

    [Fact]
    public async Task Inside_a_callers_transaction_appends_to_existing_streams_must_come_before_other_writes()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var existing = await StartCounterAsync(store);
        await using var connection = await database.DataSource.OpenConnectionAsync();

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var first = store.OpenSession(transaction);
            first.Append(existing, 1, new Incremented(1));
            await first.SaveChangesAsync();
            await using (var outbox = new Npgsql.NpgsqlCommand("CREATE TEMP TABLE outbox_row AS SELECT 1 AS id", connection, transaction))
                await outbox.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var other = store.OpenSession(transaction);
            other.StartStream(Guid.NewGuid(), "counter", new CounterStarted("written first"));
            await other.SaveChangesAsync();
            var late = store.OpenSession(transaction);
            late.Append(existing, 2, new Incremented(1));

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => late.SaveChangesAsync());

            Assert.StartsWith("Append to existing streams before any other write in the transaction", error.Message);
        }
        Assert.Equal(2, (await store.FetchStreamAsync(existing)).Count);
    }

    [Fact]
    public async Task Reading_all_events_follows_the_global_sequence()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var first = await StartCounterAsync(store);
        var second = await StartCounterAsync(store);
        var from = (await store.FetchStreamAsync(first))[0].Sequence;

        var events = await store.ReadAllAsync(from, 2);

        Assert.Equal([first, second], events.Select(e => e.StreamId));
        Assert.True(events[0].Sequence < events[1].Sequence);
    }

    private static async Task<Guid> StartCounterAsync(StreamStore store)
    {
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("counter"));
        await session.SaveChangesAsync();
        return id;
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try { await task; return null; }
        catch (Exception error) { return error; }
    }
}
