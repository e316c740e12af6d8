using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

public sealed class IdempotencyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_same_command_appended_twice_writes_once_and_returns_the_first_result()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var metadata = new EventMetadata { CommandId = Guid.NewGuid(), Actor = "clerk" };

        var first = await StartAsync(store, id, metadata);
        var second = await StartAsync(store, id, metadata);

        Assert.False(first.IsDuplicate);
        Assert.True(second.IsDuplicate);
        Assert.Equal(first.Streams, second.Streams);
        Assert.Equal((first.FirstSequence, first.LastSequence), (second.FirstSequence, second.LastSequence));
        Assert.Equal(2, (await store.FetchStreamAsync(id)).Count);
    }

    [Fact]
    public async Task A_saved_command_can_be_looked_up_before_it_is_decided_again()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var metadata = new EventMetadata { CommandId = Guid.NewGuid() };
        var first = await StartAsync(store, id, metadata);

        var found = await store.FindCommandResultAsync(metadata.CommandId!.Value);

        Assert.NotNull(found);
        Assert.True(found.IsDuplicate);
        Assert.Equal(first.Streams, found.Streams);
        Assert.Equal((first.FirstSequence, first.LastSequence), (found.FirstSequence, found.LastSequence));
    }

    [Fact]
    public async Task A_command_never_saved_is_not_found()
    {
        var store = await TestStores.CreateAsync(database.DataSource);

        Assert.Null(await store.FindCommandResultAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_repeated_append_command_is_not_a_concurrency_conflict()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        await StartAsync(store, id, EventMetadata.Empty);
        var metadata = new EventMetadata { CommandId = Guid.NewGuid() };

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var session = store.OpenSession(metadata);
            session.Append(id, 2, new Incremented(10));
            await session.SaveChangesAsync();
        }

        Assert.Equal(12, (await store.AggregateStreamAsync<CounterState>(id))!.Value);
    }

    [Fact]
    public async Task Concurrent_repeats_of_one_command_write_once()
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var id = Guid.NewGuid();
        var metadata = new EventMetadata { CommandId = Guid.NewGuid() };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => StartAsync(store, id, metadata))));

        Assert.Single(results, r => !r.IsDuplicate);
        Assert.All(results, r => Assert.Equal(results[0].Streams, r.Streams));
        Assert.Equal(2, (await store.FetchStreamAsync(id)).Count);
    }

    private static Task<AppendResult> StartAsync(StreamStore store, Guid id, EventMetadata metadata)
    {
        var session = store.OpenSession(metadata);
        session.StartStream(id, "counter", new CounterStarted("c"), new Incremented(2));
        return session.SaveChangesAsync();
    }
}
