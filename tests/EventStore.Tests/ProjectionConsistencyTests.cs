using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

/// <summary>Consistency checks of inline and asynchronous projections while writers keep appending; each test has a database of its own.</summary>
[Collection(ProjectionMaintenanceCollection.Name)]
public sealed class ProjectionConsistencyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_healthy_inline_projection_checks_consistent_while_appends_go_on_and_a_tampered_row_is_found()
    {
        const string table = "inline_totals";
        var projection = new CounterTotalsProjection(table, table);
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Inline));
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 4, incrementsEach: 15);
        store.Projections.ReplayBatchSize = 20;

        ProjectionConsistencyReport healthy;
        await using (var writers = new BackgroundAppends(store))
            healthy = await store.Projections.CheckConsistencyAsync(table);

        Assert.True(healthy.Consistent, healthy.ToString());
        Assert.Equal(ProjectionLifecycle.Inline, healthy.Lifecycle);
        var same = Assert.Single(healthy.Tables);
        Assert.Equal((table, 0L, 0L, 0, 0), (same.Table, same.RowsOnlyInLive, same.RowsOnlyInRebuilt, same.SampleOnlyInLive.Count, same.SampleOnlyInRebuilt.Count));
        Assert.Equal($"Projection '{table}' (inline, {healthy.EventsReplayed} events replayed): consistent\n  {table}: identical", healthy.ToString());
        Assert.True(healthy.EventsReplayed >= 64);

        var tampered = expected.Keys.First();
        await ExecuteAsync(store, $"UPDATE {table} SET total = 999999 WHERE stream_id = '{tampered}'");
        var progress = new RecordingProgress<ProjectionRebuildProgress>();
        var report = await store.Projections.CheckConsistencyAsync(table, progress);

        Assert.False(report.Consistent);
        var difference = Assert.Single(report.Tables);
        Assert.Equal((table, 1L, 1L), (difference.Table, difference.RowsOnlyInLive, difference.RowsOnlyInRebuilt));
        Assert.Equal($"({tampered},999999,16)", Assert.Single(difference.SampleOnlyInLive));
        Assert.Equal($"({tampered},120,16)", Assert.Single(difference.SampleOnlyInRebuilt));
        Assert.Contains($"live only:    ({tampered},999999,16)", report.ToString());
        Assert.Equal(report.EventsReplayed, progress.Reports[^1].EventsReplayed);
        Assert.Equal(0, await TestStores.ScalarAsync(store.DataSource, "SELECT count(*) FROM pg_class WHERE relname LIKE '%\\_\\_check'"));
        Assert.Equal(999999, (await CounterTotalsProjection.ReadAsync(store.DataSource, table))[tampered].Total);
    }

    [Fact]
    public async Task An_asynchronous_projection_is_checked_at_its_checkpoint_while_the_daemon_runs_and_rebuilt_under_it()
    {
        var projection = new CounterTotalsProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var counters = await TestStores.AppendCountersAsync(store, streams: 4, incrementsEach: 15);
        await using var daemon = store.CreateDaemon(TestStores.FastDaemon());
        await daemon.StartAsync();
        await daemon.WaitForNonStaleAsync(Patience);

        await using var writers = new BackgroundAppends(store);
        var healthy = await store.Projections.CheckConsistencyAsync(projection.Name);
        Assert.True(healthy.Consistent, healthy.ToString());
        Assert.Equal(ProjectionLifecycle.Async, healthy.Lifecycle);

        await ExecuteAsync(store, $"DELETE FROM counter_totals WHERE stream_id = '{counters.Keys.First()}'");
        var damaged = await store.Projections.CheckConsistencyAsync(projection.Name);
        Assert.Equal((0L, 1L), (damaged.Tables[0].RowsOnlyInLive, damaged.Tables[0].RowsOnlyInRebuilt));

        var rebuilt = await store.Projections.RebuildAsync(projection.Name);
        Assert.Equal(ProjectionLifecycle.Async, rebuilt.Lifecycle);
        Assert.True((await store.Projections.CheckConsistencyAsync(projection.Name)).Consistent);
        var appended = await writers.StopAsync();
        await daemon.WaitForNonStaleAsync(Patience);

        var totals = await CounterTotalsProjection.ReadAsync(store.DataSource);
        foreach (var (stream, increments) in appended)
            Assert.Equal(increments, totals[stream].Events - 1);
        Assert.True(daemon.IsRunningProjection(projection.Name));
        Assert.Null((await store.Projections.GetStatusAsync())[0].LastError);
    }

    [Fact]
    public async Task A_rebuild_retries_what_the_daemon_set_aside_and_keeps_only_what_still_fails()
    {
        var projection = new CounterTotalsProjection { PoisonIncrement = 13 };
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Async));
        var store = isolated.Store;
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("c"), new Incremented(1), new Incremented(13), new Incremented(2), new Incremented(21));
        await session.SaveChangesAsync();
        await using (var daemon = store.CreateDaemon(TestStores.FastDaemon()))
        {
            await daemon.StartAsync();
            await daemon.WaitForNonStaleAsync(Patience);
        }
        Assert.True((await store.Projections.CheckConsistencyAsync(projection.Name)).Consistent);

        projection.PoisonIncrement = 21;
        var result = await store.Projections.RebuildAsync(projection.Name);

        Assert.Equal((5L, 1), (result.EventsReplayed, result.DeadLetters));
        Assert.Equal((16L, 4L), (await CounterTotalsProjection.ReadAsync(store.DataSource))[id]);
        var letter = Assert.Single(await store.Projections.GetDeadLettersAsync(projection.Name));
        Assert.Equal((5L, "InvalidOperationException: increment of 21 is poison"), (letter.Version, letter.Error));
        Assert.True((await store.Projections.CheckConsistencyAsync(projection.Name)).Consistent);
    }

    private static async Task ExecuteAsync(StreamStore store, string sql)
    {
        await using var command = store.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Two writers appending increments of 1 to streams of their own until stopped; reports how many each stream got.</summary>
    private sealed class BackgroundAppends : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task<(Guid Stream, long Increments)>[] _writers;

        public BackgroundAppends(StreamStore store) =>
            _writers = Enumerable.Range(0, 2).Select(_ => Task.Run(() => AppendUntilStoppedAsync(store, _stop.Token))).ToArray();

        public async Task<IReadOnlyList<(Guid Stream, long Increments)>> StopAsync()
        {
            await _stop.CancelAsync();
            return await Task.WhenAll(_writers);
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }

        private static async Task<(Guid, long)> AppendUntilStoppedAsync(StreamStore store, CancellationToken stop)
        {
            var id = Guid.NewGuid();
            var session = store.OpenSession();
            session.StartStream(id, "counter", new CounterStarted("background"));
            await session.SaveChangesAsync();
            long version = 1;
            while (!stop.IsCancellationRequested)
            {
                session.Append(id, version, new Incremented(1));
                await session.SaveChangesAsync();
                version++;
            }
            return (id, version - 1);
        }
    }
}
