using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EventStore.Tests;

/// <summary>Rebuilds through the store's API, inline projections above all; each test has a database of its own.</summary>
[Collection(ProjectionMaintenanceCollection.Name)]
public sealed class ProjectionRebuildTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Table = "inline_totals";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Rebuilding_an_inline_projection_gives_the_same_rows_in_the_same_table_and_reports_progress()
    {
        var projection = new CounterTotalsProjection(Table, Table);
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 5, incrementsEach: 20);
        var table = await TableOidAsync(store);
        await ExecuteAsync(store, $"UPDATE {Table} SET total = -1 WHERE stream_id = '{expected.Keys.First()}'");
        store.Projections.ReplayBatchSize = 7;
        var progress = new RecordingProgress<ProjectionRebuildProgress>();

        var result = await store.Projections.RebuildAsync(Table, progress);

        Assert.Equal(new ProjectionRebuildResult(Table, ProjectionLifecycle.Inline, 105, 0), result);
        Assert.Equal(expected, await TotalsAsync(store));
        Assert.Equal(table, await TableOidAsync(store));
        Assert.Equal(0, await TestStores.ScalarAsync(store.DataSource, $"SELECT count(*) FROM pg_tables WHERE tablename = '{Table}__rebuild'"));
        var reports = progress.Reports;
        Assert.Equal(new ProjectionRebuildProgress(Table, 0, 105), reports[0]);
        Assert.Equal(new ProjectionRebuildProgress(Table, 105, 105), reports[^1]);
        Assert.True(reports.Count > 10);
        Assert.Equal(reports.Select(r => r.EventsReplayed).Order(), reports.Select(r => r.EventsReplayed));
    }

    [Fact]
    public async Task An_append_that_waits_for_the_swap_goes_through_afterwards_once_and_without_failing()
    {
        var projection = new CounterTotalsProjection(Table, Table) { LockedCatchUpGate = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 3, incrementsEach: 10);
        var table = await TableOidAsync(store);
        // An open transaction with an id holds the replay's horizon, so what commits next is left to the catch-up under the lock.
        await using var horizon = await store.DataSource.OpenConnectionAsync();
        await using var holdBack = await horizon.BeginTransactionAsync();
        await using (var takeId = new NpgsqlCommand("SELECT pg_current_xact_id()", horizon, holdBack))
            await takeId.ExecuteScalarAsync();
        var late = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 5);

        var rebuild = store.Projections.RebuildAsync(Table);
        await projection.LockedCatchUpStarted.Task.WaitAsync(Patience);
        var target = expected.Keys.First();
        var racing = Task.Run(async () =>
        {
            var session = store.OpenSession();
            session.Append(target, 11, new Incremented(1000));
            return await session.SaveChangesAsync();
        });
        await TestStores.EventuallyAsync(() => SomeoneWaitsForTableAsync(store), "the appender waits for the swap");
        projection.LockedCatchUpGate.SetResult();
        await rebuild.WaitAsync(Patience);
        var appended = await racing.WaitAsync(Patience);
        await holdBack.RollbackAsync();

        Assert.Equal(12, appended.VersionOf(target));
        expected[target] = (expected[target].Total + 1000, expected[target].Events + 1);
        Assert.Equal(expected.Concat(late).ToDictionary(), await TotalsAsync(store));
        Assert.Equal(table, await TableOidAsync(store));
    }

    [Fact]
    public async Task A_repeatable_read_reader_that_waited_for_the_swap_still_sees_the_rows_of_its_snapshot()
    {
        var projection = new CounterTotalsProjection(Table, Table) { LockedCatchUpGate = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 3, incrementsEach: 4);
        await ExecuteAsync(store, $"UPDATE {Table} SET total = -1");
        // An open transaction with an id holds the replay back, so the next stream is applied under the lock, where the gate is.
        await using var horizon = await store.DataSource.OpenConnectionAsync();
        await using var holdBack = await horizon.BeginTransactionAsync();
        await using (var takeId = new NpgsqlCommand("SELECT pg_current_xact_id()", horizon, holdBack))
            await takeId.ExecuteScalarAsync();
        var late = await TestStores.AppendCountersAsync(store, streams: 1, incrementsEach: 1);
        await using var readerConnection = await store.DataSource.OpenConnectionAsync();
        await using var snapshot = await readerConnection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        await using (var takeSnapshot = new NpgsqlCommand("SELECT 1", readerConnection, snapshot))
            await takeSnapshot.ExecuteScalarAsync();

        var rebuild = store.Projections.RebuildAsync(Table);
        await projection.LockedCatchUpStarted.Task.WaitAsync(Patience);
        var read = Task.Run(async () =>
        {
            await using var count = new NpgsqlCommand($"SELECT count(*), sum(total) FROM {Table}", readerConnection, snapshot);
            await using var rows = await count.ExecuteReaderAsync();
            await rows.ReadAsync();
            return (rows.GetInt64(0), rows.GetInt64(1));
        });
        await TestStores.EventuallyAsync(() => SomeoneWaitsForTableAsync(store), "the reader waits for the swap");
        projection.LockedCatchUpGate.SetResult();
        await rebuild.WaitAsync(Patience);

        Assert.Equal((4L, -3L + 1), await read.WaitAsync(Patience));
        Assert.Equal(expected.Concat(late).ToDictionary(), await TotalsAsync(store));
    }

    [Fact]
    public async Task An_append_that_commits_late_with_a_lower_sequence_is_caught_up()
    {
        var projection = new CounterTotalsProjection(Table, Table);
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 5);
        await using var connection = await store.DataSource.OpenConnectionAsync();
        var slowTransaction = await connection.BeginTransactionAsync();
        var slow = store.OpenSession(slowTransaction);
        var slowId = Guid.NewGuid();
        slow.StartStream(slowId, "counter", new CounterStarted("slow"), new Incremented(7));
        var first = await slow.SaveChangesAsync();
        var fast = store.OpenSession();
        var fastId = Guid.NewGuid();
        fast.StartStream(fastId, "counter", new CounterStarted("fast"), new Incremented(3));
        var second = await fast.SaveChangesAsync();
        Assert.True(second.FirstSequence > first.LastSequence);

        var rebuild = store.Projections.RebuildAsync(Table);
        await TestStores.EventuallyAsync(() => SomeoneWaitsForTableAsync(store), "the rebuild waits for the open append");
        await slowTransaction.CommitAsync();
        await rebuild.WaitAsync(Patience);

        expected[slowId] = (7, 2);
        expected[fastId] = (3, 2);
        Assert.Equal(expected, await TotalsAsync(store));
    }

    [Fact]
    public async Task A_transaction_open_since_before_many_events_makes_the_rebuild_give_up_instead_of_holding_writers()
    {
        var projection = new CounterTotalsProjection(Table, Table);
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        store.Projections.ReplayBatchSize = 5;
        store.Projections.HoldAttempts = 2;
        await using var horizon = await store.DataSource.OpenConnectionAsync();
        var holdBack = await horizon.BeginTransactionAsync();
        await using (var takeId = new NpgsqlCommand("SELECT pg_current_xact_id()", horizon, holdBack))
            await takeId.ExecuteScalarAsync();
        var expected = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 5);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => store.Projections.RebuildAsync(Table));
        await holdBack.RollbackAsync();
        await store.Projections.RebuildAsync(Table);

        Assert.Contains("can only be replayed once it ends. Nothing was changed", error.Message);
        Assert.Contains("oldest open transaction (process ", error.Message);
        Assert.Equal(expected, await TotalsAsync(store));
    }

    [Fact]
    public async Task A_projection_failing_on_a_committed_event_leaves_the_live_table_as_it_was()
    {
        var projection = new CounterTotalsProjection(Table, Table);
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 5);
        projection.PoisonIncrement = 4;

        var error = await Assert.ThrowsAsync<ProjectionReplayException>(() => store.Projections.RebuildAsync(Table));

        Assert.Contains($"Projection '{Table}' failed on event", error.Message);
        Assert.Contains("its live tables were not changed. InvalidOperationException: increment of 4 is poison", error.Message);
        Assert.Equal(expected, await TotalsAsync(store));
        Assert.Equal(0, await TestStores.ScalarAsync(store.DataSource, $"SELECT count(*) FROM pg_tables WHERE tablename = '{Table}__rebuild'"));
    }

    [Fact]
    public async Task A_table_whose_definition_changed_is_replaced_by_the_rebuilt_one()
    {
        var projection = new CounterTotalsProjection(Table, Table);
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        var expected = await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 3);
        await ExecuteAsync(store, $"ALTER TABLE {Table} ADD COLUMN leftover text");

        await store.Projections.RebuildAsync(Table);

        Assert.Equal(expected, await TotalsAsync(store));
        Assert.Equal(3, await TestStores.ScalarAsync(store.DataSource, $"SELECT count(*) FROM information_schema.columns WHERE table_name = '{Table}'"));
    }

    [Fact]
    public async Task Identity_columns_keep_counting_from_the_rebuilt_values()
    {
        var projection = new EventLogProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Inline));
        var store = isolated.Store;
        await TestStores.AppendCountersAsync(store, streams: 1, incrementsEach: 4);
        await ExecuteAsync(store, "ALTER TABLE event_log ALTER COLUMN id RESTART WITH 1");

        await store.Projections.RebuildAsync(projection.Name);
        await TestStores.AppendCountersAsync(store, streams: 1, incrementsEach: 2);

        Assert.Equal(8, await TestStores.ScalarAsync(store.DataSource, "SELECT count(DISTINCT id) FROM event_log"));
    }

    [Fact]
    public async Task An_appender_that_takes_the_tables_in_the_other_order_is_never_the_deadlock_victim()
    {
        var projection = new PairProjection();
        await using var isolated = await TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Inline));
        var store = isolated.Store;
        await TestStores.AppendCountersAsync(store, streams: 2, incrementsEach: 3);
        projection.BetweenTables = new(TaskCreationOptions.RunContinuationsAsynchronously);

        var appender = Task.Run(async () =>
        {
            var session = store.OpenSession();
            session.StartStream(Guid.NewGuid(), "counter", new CounterStarted("crossing"));
            return await session.SaveChangesAsync();
        });
        await projection.WroteSecondTable.Task.WaitAsync(Patience);
        var rebuild = store.Projections.RebuildAsync(projection.Name);
        await TestStores.EventuallyAsync(async () =>
            await TestStores.ScalarAsync(store.DataSource, "SELECT count(*) FROM pg_locks WHERE relation = 'pair_second'::regclass AND NOT granted") > 0,
            "the rebuild holds the first table and waits for the second");
        projection.BetweenTables.SetResult();

        await appender.WaitAsync(Patience);
        await rebuild.WaitAsync(Patience);
        Assert.Equal(9, await TestStores.ScalarAsync(store.DataSource, "SELECT count(*) FROM pair_first"));
        Assert.Equal(9, await TestStores.ScalarAsync(store.DataSource, "SELECT count(*) FROM pair_second"));
    }

    [Fact]
    public async Task An_unknown_projection_is_refused_with_the_names_that_are_known()
    {
        var store = await TestStores.CreateAsync(database.DataSource, o => o
            .Projections.Add(new CounterTotalsProjection("named_inline", "named_inline"), ProjectionLifecycle.Inline)
                        .Add(new CounterTotalsProjection("named_async", "named_async"), ProjectionLifecycle.Async));

        var rebuild = await Assert.ThrowsAsync<ArgumentException>(() => store.Projections.RebuildAsync("agreement_sumary"));
        var check = await Assert.ThrowsAsync<ArgumentException>(() => store.Projections.CheckConsistencyAsync("agreement_sumary"));

        Assert.StartsWith("No projection named 'agreement_sumary' is registered; the registered projections are named_async, named_inline.", rebuild.Message);
        Assert.Equal(rebuild.Message, check.Message);
    }

    [Fact]
    public async Task A_second_rebuild_or_check_of_the_same_projection_is_refused_while_one_runs()
    {
        var projection = new CounterTotalsProjection(Table, Table) { ShadowGate = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var isolated = await InlineStoreAsync(projection);
        var store = isolated.Store;
        await TestStores.AppendCountersAsync(store, streams: 1, incrementsEach: 2);

        var first = store.Projections.RebuildAsync(Table);
        await projection.ShadowBatchStarted.Task.WaitAsync(Patience);
        var second = await Assert.ThrowsAsync<ProjectionBusyException>(() => store.Projections.CheckConsistencyAsync(Table));
        projection.ShadowGate.SetResult();
        await first.WaitAsync(Patience);

        Assert.Equal($"A rebuild or consistency check of projection '{Table}' is already running; try again when it has finished.", second.Message);
        Assert.True((await store.Projections.CheckConsistencyAsync(Table)).Consistent);
    }

    private Task<TestStores.IsolatedStore> InlineStoreAsync(CounterTotalsProjection projection) =>
        TestStores.CreateIsolatedAsync(database, o => o.Projections.Add(projection, ProjectionLifecycle.Inline));

    private static Task<Dictionary<Guid, (long Total, long Events)>> TotalsAsync(StreamStore store) =>
        CounterTotalsProjection.ReadAsync(store.DataSource, Table);

    private static Task<long> TableOidAsync(StreamStore store) =>
        TestStores.ScalarAsync(store.DataSource, $"SELECT '{Table}'::regclass::oid::bigint");

    private static async Task<bool> SomeoneWaitsForTableAsync(StreamStore store) =>
        await TestStores.ScalarAsync(store.DataSource, $"SELECT count(*) FROM pg_locks WHERE relation = '{Table}'::regclass AND NOT granted") > 0;

    private static async Task ExecuteAsync(StreamStore store, string sql)
    {
        await using var command = store.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// One row per event in each of two tables, written second table first: the rebuild locks them in declared
    /// order, so an appender paused between the two (<see cref="BetweenTables"/>) closes a lock cycle with it.
    /// </summary>
    private sealed class PairProjection : IProjection
    {
        public string Name => "pair";

        public IReadOnlyList<ProjectionTable> Tables { get; } =
        [
            new("pair_first", "CREATE TABLE {table} (seq bigint PRIMARY KEY)"),
            new("pair_second", "CREATE TABLE {table} (seq bigint PRIMARY KEY)"),
        ];

        public TaskCompletionSource? BetweenTables { get; set; }
        public TaskCompletionSource WroteSecondTable { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            await InsertAsync(context, context.Table("pair_second"), events, cancellationToken);
            if (context.Table("pair_first") == "pair_first" && BetweenTables is { } gate)
            {
                WroteSecondTable.TrySetResult();
                await gate.Task.WaitAsync(cancellationToken);
            }
            await InsertAsync(context, context.Table("pair_first"), events, cancellationToken);
        }

        private static async Task InsertAsync(ProjectionContext context, string table, IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
        {
            await using var command = context.CreateCommand($"INSERT INTO {table} (seq) SELECT unnest($1::bigint[])");
            command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Sequence).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>One row per event under a generated identity, to prove a rebuild carries the identity sequence over.</summary>
    private sealed class EventLogProjection : IProjection
    {
        public string Name => "event_log";

        public IReadOnlyList<ProjectionTable> Tables { get; } =
            [new("event_log", "CREATE TABLE {table} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, seq bigint NOT NULL UNIQUE)")];

        public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
        {
            await using var command = context.CreateCommand($"INSERT INTO {context.Table("event_log")} (seq) SELECT unnest($1::bigint[])");
            command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Sequence).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
