using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EventStore.Tests;

public sealed class IntegrityTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task An_untouched_store_verifies_and_reports_progress()
    {
        await using var isolated = await TestStores.CreateIsolatedAsync(database);
        var store = isolated.Store;
        await AppendSomeStreamsAsync(store);
        var reports = new List<IntegrityProgress>();

        var report = await store.VerifyIntegrityAsync(new SynchronousProgress(reports.Add));

        Assert.True(report.IsIntact, report.FirstViolation?.ToString());
        Assert.Equal(30, report.EventsChecked);
        Assert.Equal(3, report.StreamsChecked);
        Assert.Equal(new IntegrityProgress(30, 3), reports[^1]);
    }

    [Fact]
    public async Task Altered_event_data_is_named_by_stream_version_and_sequence()
    {
        await using var isolated = await TestStores.CreateIsolatedAsync(database);
        var store = isolated.Store;
        var ids = await AppendSomeStreamsAsync(store);
        var victim = (await store.FetchStreamAsync(ids[1]))[4];

        await TamperAsync(store.DataSource, $"UPDATE eventstore.events SET data = '{{\"by\": 1000}}' WHERE seq = {victim.Sequence}");
        var report = await store.VerifyIntegrityAsync();

        var violation = Assert.IsType<IntegrityViolation>(report.FirstViolation);
        Assert.Equal((ids[1], 5L, (long?)victim.Sequence), (violation.StreamId, violation.Version, violation.Sequence));
        Assert.Equal("the event's contents do not match its hash", violation.Problem);
        Assert.NotEqual(violation.ExpectedHash, violation.ActualHash);
    }

    [Theory]
    [InlineData("UPDATE eventstore.events SET metadata = '{\"actor\": \"mallory\"}' WHERE seq = {seq}", "the event's contents do not match its hash")]
    [InlineData("UPDATE eventstore.events SET created_at = created_at - interval '1 day' WHERE seq = {seq}", "the event's contents do not match its hash")]
    [InlineData("DELETE FROM eventstore.events WHERE seq = {seq}", "version 5 is missing (the next stored version is 6)")]
    public async Task Other_tampering_is_detected(string tamper, string problem)
    {
        await using var isolated = await TestStores.CreateIsolatedAsync(database);
        var store = isolated.Store;
        var ids = await AppendSomeStreamsAsync(store);
        var victim = (await store.FetchStreamAsync(ids[2]))[4];

        await TamperAsync(store.DataSource, tamper.Replace("{seq}", victim.Sequence.ToString()));
        var report = await store.VerifyIntegrityAsync();

        Assert.Equal(ids[2], report.FirstViolation!.StreamId);
        Assert.Equal(problem, report.FirstViolation.Problem);
    }

    [Fact]
    public async Task Removing_the_last_events_of_a_stream_is_detected()
    {
        await using var isolated = await TestStores.CreateIsolatedAsync(database);
        var store = isolated.Store;
        var ids = await AppendSomeStreamsAsync(store);

        await TamperAsync(store.DataSource, $"DELETE FROM eventstore.events WHERE stream_id = '{ids[0]}' AND version > 8");
        var report = await store.VerifyIntegrityAsync();

        Assert.Equal(ids[0], report.FirstViolation!.StreamId);
        Assert.Equal("the stream record says version 10, but the last stored event is version 8", report.FirstViolation.Problem);
    }

    [Fact]
    public async Task Events_whose_stream_record_was_removed_are_detected()
    {
        await using var isolated = await TestStores.CreateIsolatedAsync(database);
        var store = isolated.Store;
        var ids = await AppendSomeStreamsAsync(store);

        await TamperAsync(store.DataSource, $"DELETE FROM eventstore.streams WHERE id = '{ids[1]}'");
        var report = await store.VerifyIntegrityAsync();

        Assert.Equal((ids[1], 10L, "the stream record is missing"), (report.FirstViolation!.StreamId, report.FirstViolation.Version, report.FirstViolation.Problem));
    }

    private static async Task<List<Guid>> AppendSomeStreamsAsync(StreamStore store)
    {
        var ids = new List<Guid>();
        for (var s = 0; s < 3; s++)
        {
            var id = Guid.NewGuid();
            ids.Add(id);
            var session = store.OpenSession(new EventMetadata { Actor = $"writer {s}", Reason = "ünïcode \"quoted\" \n reason" });
            session.StartStream(id, "counter", new CounterStarted($"counter {s}"));
            await session.SaveChangesAsync();
            for (var v = 1; v < 10; v++)
            {
                session.Append(id, v, new Incremented(v * 1000 + s));
                await session.SaveChangesAsync();
            }
        }
        return ids;
    }

    /// <summary>What a superuser can do behind the triggers' back.</summary>
    private static async Task TamperAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {sql}; SET session_replication_role = origin", connection);
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
    }

    private sealed class SynchronousProgress(Action<IntegrityProgress> report) : IProgress<IntegrityProgress>
    {
        public void Report(IntegrityProgress value) => report(value);
    }
}
