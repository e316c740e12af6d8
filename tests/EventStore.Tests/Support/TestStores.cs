using System.Diagnostics;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EventStore.Tests.Support;

public static class TestStores
{
    public static EventStoreOptions CounterOptions(TimeProvider clock)
    {
        var options = new EventStoreOptions(clock);
        options.Events
            .Register<CounterStarted>("counter_started")
            .Register<Incremented>("incremented")
            .Register<Renamed>("renamed")
            .Register<Note>("note");
        options.Aggregate<CounterState>("counter", CounterState.Initial, CounterState.Evolve);
        return options;
    }

    /// <summary>
    /// A store on the fixture's database, schema applied and projection tables created; its clock is a fresh
    /// <see cref="TestClock"/> unless the test passes one it moves.
    /// </summary>
    public static async Task<StreamStore> CreateAsync(NpgsqlDataSource dataSource, Action<EventStoreOptions>? configure = null, TimeProvider? clock = null)
    {
        var options = CounterOptions(clock ?? TestClock.Start());
        configure?.Invoke(options);
        var store = new StreamStore(dataSource, options);
        await store.InitializeAsync();
        return store;
    }

    /// <summary>A store on a database of its own, for tests whose assertions cover every event in the store; dropped on dispose.</summary>
    public static async Task<IsolatedStore> CreateIsolatedAsync(
        PostgresDatabaseFixture fixture, Action<EventStoreOptions>? configure = null, TimeProvider? clock = null)
    {
        var connectionString = await fixture.CreateDatabaseAsync();
        var dataSource = NpgsqlDataSource.Create(connectionString);
        return new IsolatedStore(await CreateAsync(dataSource, configure, clock), connectionString);
    }

    public sealed class IsolatedStore(StreamStore store, string connectionString) : IAsyncDisposable
    {
        public StreamStore Store { get; } = store;

        public async ValueTask DisposeAsync()
        {
            await Store.DataSource.DisposeAsync();
            await PostgresTestCluster.DropDatabaseAsync(connectionString);
        }
    }

    public static DaemonOptions FastDaemon(string node = "test-node") => new()
    {
        NodeId = node,
        BatchSize = 50,
        PollInterval = TimeSpan.FromMilliseconds(20),
        StandbyRetryInterval = TimeSpan.FromMilliseconds(100),
        ErrorBackoff = TimeSpan.FromMilliseconds(200),
        HeartbeatInterval = TimeSpan.FromMilliseconds(100),
    };

    /// <summary>Counters with increments 1..n appended one SaveChanges each; returns the totals and event counts expected per stream.</summary>
    public static async Task<Dictionary<Guid, (long Total, long Events)>> AppendCountersAsync(StreamStore store, int streams, int incrementsEach)
    {
        var expected = new Dictionary<Guid, (long, long)>();
        for (var s = 0; s < streams; s++)
        {
            var id = Guid.NewGuid();
            var session = store.OpenSession();
            session.StartStream(id, "counter", new CounterStarted($"c{s}"));
            await session.SaveChangesAsync();
            for (var i = 1; i <= incrementsEach; i++)
            {
                session.Append(id, i, new Incremented(i));
                await session.SaveChangesAsync();
            }
            expected[id] = (incrementsEach * (incrementsEach + 1L) / 2, incrementsEach + 1L);
        }
        return expected;
    }

    public static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 30)
    {
        var waiting = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waiting.Elapsed.TotalSeconds > timeoutSeconds)
                throw new TimeoutException($"Timed out waiting until {what}.");
            await Task.Delay(20);
        }
    }
}
