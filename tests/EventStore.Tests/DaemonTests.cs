using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EventStore.Tests;

/// <summary>Each test has a database of its own: its assertions cover every event in the store.</summary>
public sealed class DaemonTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_daemon_applies_every_event_once_and_reports_status()
    {
        var projection = new CounterTotalsProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 5, incrementsEach: 20);

        var before = Assert.Single(await store.Projections.GetStatusAsync());
        Assert.Equal((105L, 0L, false), (before.LagEvents, before.CheckpointSequence, before.IsRunning));

        await using var daemon = store.CreateDaemon(TestStores.FastDaemon("node-a"));
        await daemon.StartAsync();
        await daemon.WaitForNonStaleAsync(Patience);

        Assert.Equal(expected, await TotalsAsync(store));
        await TestStores.EventuallyAsync(async () => (await store.Projections.GetStatusAsync())[0].IsRunning, "the heartbeat shows");
        var after = Assert.Single(await store.Projections.GetStatusAsync());
        Assert.Equal((0L, 0d, after.HighWaterMark, "node-a", false), (after.LagEvents, after.LagSeconds, after.CheckpointSequence, after.Owner, after.IsStalled));
        Assert.True(daemon.IsRunningProjection(projection.Name));
    }

    [Fact]
    public async Task Events_left_unapplied_longer_than_the_threshold_make_the_projection_stalled()
    {
        var clock = TestClock.Start();
        var projection = new CounterTotalsProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async), clock);
        var store = isolated.Store;
        await TestStores.AppendCountersAsync(store, streams: 1, incrementsEach: 3);
        store.Projections.StallThreshold = TimeSpan.FromMilliseconds(50);
        clock.Advance(TimeSpan.FromMilliseconds(100));

        var stalled = Assert.Single(await store.Projections.GetStatusAsync());
        Assert.Equal((true, false, 4L), (stalled.IsStalled, stalled.IsRunning, stalled.LagEvents));
        Assert.True(stalled.LagSeconds >= 0.05);

        store.Projections.StallThreshold = TimeSpan.FromSeconds(30);
        await using var daemon = store.CreateDaemon(TestStores.FastDaemon());
        await daemon.StartAsync();
        await daemon.WaitForNonStaleAsync(Patience);
        Assert.False(Assert.Single(await store.Projections.GetStatusAsync()).IsStalled);
    }

    [Fact]
    public async Task A_stopped_daemon_resumes_from_its_checkpoint_without_losing_or_repeating_events()
    {
        var projection = new CounterTotalsProjection { BatchDelay = TimeSpan.FromMilliseconds(20) };
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 10, incrementsEach: 60);
        var options = TestStores.FastDaemon();
        options.BatchSize = 10;

        var first = store.CreateDaemon(options);
        await first.StartAsync();
        await TestStores.EventuallyAsync(async () => (await store.Projections.GetStatusAsync())[0].CheckpointSequence > 0, "the first batches are applied");
        await first.StopAsync();
        var midway = Assert.Single(await store.Projections.GetStatusAsync());
        Assert.InRange(midway.LagEvents, 1, 609);

        var more = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 5);
        projection.BatchDelay = TimeSpan.Zero;
        await using var second = store.CreateDaemon(options);
        await second.StartAsync();
        await second.WaitForNonStaleAsync(Patience);

        Assert.Equal(expected.Concat(more).ToDictionary(), await TotalsAsync(store));
    }

    [Fact]
    public async Task An_event_committed_after_one_with_a_higher_sequence_is_still_applied()
    {
        var projection = new CounterTotalsProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var slow = Guid.NewGuid();
        var fast = Guid.NewGuid();
        await using var daemon = store.CreateDaemon(TestStores.FastDaemon());
        await daemon.StartAsync();

        await using var connection = await store.DataSource.OpenConnectionAsync();
        var transactionA = await connection.BeginTransactionAsync();
        var sessionA = store.OpenSession(transactionA);
        sessionA.StartStream(slow, "counter", new CounterStarted("slow"), new Incremented(7));
        var a = await sessionA.SaveChangesAsync();

        var sessionB = store.OpenSession();
        sessionB.StartStream(fast, "counter", new CounterStarted("fast"), new Incremented(3));
        var b = await sessionB.SaveChangesAsync();
        Assert.True(b.FirstSequence > a.LastSequence);

        await Task.Delay(300);
        await transactionA.CommitAsync();
        await daemon.WaitForNonStaleAsync(Patience);

        var totals = await TotalsAsync(store);
        Assert.Equal((7L, 2L), totals[slow]);
        Assert.Equal((3L, 2L), totals[fast]);
    }

    [Fact]
    public async Task A_standby_daemon_takes_over_when_the_running_one_dies()
    {
        var projection = new CounterTotalsProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 3, incrementsEach: 10);
        var slowToRecover = TestStores.FastDaemon("node-a");
        slowToRecover.ErrorBackoff = TimeSpan.FromSeconds(30);
        await using var nodeA = store.CreateDaemon(slowToRecover);
        await using var nodeB = store.CreateDaemon(TestStores.FastDaemon("node-b"));

        await nodeA.StartAsync();
        await TestStores.EventuallyAsync(() => Task.FromResult(nodeA.IsRunningProjection(projection.Name)), "node A runs the projection");
        await nodeB.StartAsync();
        await nodeA.WaitForNonStaleAsync(Patience);
        Assert.False(nodeB.IsRunningProjection(projection.Name));

        await KillLockHolderAsync(store.DataSource);
        await TestStores.EventuallyAsync(() => Task.FromResult(nodeB.IsRunningProjection(projection.Name)), "node B takes over");
        var more = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 10);
        await nodeB.WaitForNonStaleAsync(Patience);

        Assert.Equal(expected.Concat(more).ToDictionary(), await TotalsAsync(store));
        Assert.Equal("node-b", (await store.Projections.GetStatusAsync())[0].Owner);
    }

    [Fact]
    public async Task An_event_the_projection_keeps_failing_on_is_dead_lettered_and_the_rest_applied()
    {
        var projection = new CounterTotalsProjection { PoisonIncrement = 13 };
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("c"), new Incremented(1), new Incremented(13), new Incremented(2));
        await session.SaveChangesAsync();

        await using var daemon = store.CreateDaemon(TestStores.FastDaemon());
        await daemon.StartAsync();
        await daemon.WaitForNonStaleAsync(Patience);

        Assert.Equal((3L, 3L), (await TotalsAsync(store))[id]);
        var letter = Assert.Single(await store.Projections.GetDeadLettersAsync(projection.Name));
        Assert.Equal((id, 3L, "incremented", 3), (letter.StreamId, letter.Version, letter.EventType, letter.Attempts));
        Assert.Equal("InvalidOperationException: increment of 13 is poison", letter.Error);
        var status = Assert.Single(await store.Projections.GetStatusAsync());
        Assert.Equal((1L, "InvalidOperationException: increment of 13 is poison"), (status.DeadLetters, status.LastError));
    }

    [Fact]
    public async Task A_rebuild_fills_shadow_tables_while_readers_keep_the_old_ones_then_swaps()
    {
        var projection = new CounterTotalsProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 4, incrementsEach: 30);
        await using var daemon = store.CreateDaemon(TestStores.FastDaemon());
        await daemon.StartAsync();
        await daemon.WaitForNonStaleAsync(Patience);
        await using (var damage = store.DataSource.CreateCommand("UPDATE counter_totals SET total = -1"))
            await damage.ExecuteNonQueryAsync();

        projection.ShadowGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rebuild = daemon.RebuildAsync(projection.Name);
        await projection.ShadowBatchStarted.Task.WaitAsync(Patience);

        Assert.All((await TotalsAsync(store)).Values, row => Assert.Equal(-1, row.Total));
        Assert.Equal(1, await TestStores.ScalarAsync(store.DataSource, "SELECT count(*) FROM pg_tables WHERE tablename = 'counter_totals__rebuild'"));

        projection.ShadowGate.SetResult();
        await rebuild.WaitAsync(Patience);

        Assert.Equal(expected, await TotalsAsync(store));
        Assert.Equal(0, await TestStores.ScalarAsync(store.DataSource, "SELECT count(*) FROM pg_tables WHERE tablename = 'counter_totals__rebuild'"));
        var more = await TestStores.AppendCountersAsync(store, streams: 1, incrementsEach: 3);
        await daemon.WaitForNonStaleAsync(Patience);
        Assert.Equal(expected.Concat(more).ToDictionary(), await TotalsAsync(store));
    }

    private static Task<Dictionary<Guid, (long Total, long Events)>> TotalsAsync(StreamStore store) =>
        CounterTotalsProjection.ReadAsync(store.DataSource);

    /// <summary>Simulates the death of the node running the projection: its lock connection goes away.</summary>
    private static async Task KillLockHolderAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
