using AgreementTracker.TestSupport;
using JasperFx.Events;
using JasperFx;
using Npgsql;

namespace AgreementTracker.Integrity.Tests;

/// <summary>The chain is written in the append's own transaction, and the stored history refuses change.</summary>
public sealed class AppendOnlyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [InlineData("UPDATE events.mt_events SET data = '{}' WHERE version = 1", "UPDATE on events.mt_events is refused")]
    [InlineData("DELETE FROM events.mt_events WHERE version = 2", "DELETE on events.mt_events is refused")]
    [InlineData("TRUNCATE events.mt_events CASCADE", "TRUNCATE on events.mt_events is refused")]
    [InlineData("DELETE FROM events.mt_streams", "DELETE on events.mt_events is refused")]
    [InlineData("TRUNCATE events.mt_streams CASCADE", "TRUNCATE on events.mt_streams is refused")]
    [InlineData("UPDATE integrity.event_hashes SET hash = '\\x00'", "UPDATE on integrity.event_hashes is refused")]
    [InlineData("DELETE FROM integrity.event_hashes", "DELETE on integrity.event_hashes is refused")]
    [InlineData("TRUNCATE integrity.event_hashes", "TRUNCATE on integrity.event_hashes is refused")]
    public async Task Stored_events_and_their_hashes_refuse_change(string sql, string refusal)
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendSomeStreamsAsync();

        await using var command = history.DataSource.CreateCommand(sql);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.StartsWith(refusal, error.MessageText);
        Assert.True((await history.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Writers_racing_on_one_stream_leave_one_unbroken_chain()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var id = Guid.NewGuid();
        await history.AppendAsync(id, "start@brn.dk", new CounterStarted("race"));

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
                await AppendWithRetryAsync(history, id, new Counted(w * 100 + i, $"writer {w}"));
        }));
        await Task.WhenAll(writers);

        var report = await history.VerifyAsync();
        Assert.True(report.IsIntact, report.FirstBrokenLink?.ToString());
        Assert.Equal(81, report.EventsVerified);
    }

    [Fact]
    public async Task A_rolled_back_append_leaves_neither_event_nor_hash()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var id = Guid.NewGuid();
        await history.AppendAsync(id, "start@brn.dk", new CounterStarted("stale"));

        await using (var session = history.Store.LightweightSession())
        {
            session.Events.Append(id, 5, new Counted(1, "written against a version that is not there"));
            await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        }

        Assert.Equal(1L, await CountAsync(history, "integrity.event_hashes"));
        Assert.True((await history.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Martens_tombstones_for_failed_appends_are_stored_and_left_out_of_the_chain()
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendSomeStreamsAsync();

        // The shape Marten gives them (seen with Wolverine retrying conflicts): a stream of their own, version = sequence.
        await using (var command = history.DataSource.CreateCommand("""
            WITH stream AS (INSERT INTO events.mt_streams (id, type, version) VALUES (gen_random_uuid(), NULL, 0) RETURNING id),
                 seq AS (SELECT nextval('events.mt_events_sequence') AS n)
            INSERT INTO events.mt_events (seq_id, id, stream_id, version, data, type, timestamp, mt_dotnet_type)
            SELECT seq.n, gen_random_uuid(), stream.id, seq.n, '{}', 'tombstone', '-infinity', 'JasperFx.Events.Tombstone, JasperFx.Events'
            FROM stream, seq
            """))
            Assert.Equal(1, await command.ExecuteNonQueryAsync());

        var report = await history.VerifyAsync();
        Assert.True(report.IsIntact, report.FirstBrokenLink?.ToString());
        Assert.Equal(30, report.EventsVerified);
    }

    [Fact]
    public async Task Imported_history_keeps_its_original_time_and_that_time_is_covered_by_the_hash()
    {
        await using var history = await MartenHistory.StartAsync(database);
        var id = Guid.NewGuid();
        var signed = new DateTimeOffset(2021, 3, 1, 9, 30, 0, TimeSpan.Zero);

        await using (var session = history.Store.LightweightSession())
        {
            session.Events.Append(id, new CounterStarted("imported").AsEvent().AtTimestamp(signed));
            await session.SaveChangesAsync();
        }

        var stored = await history.Store.QuerySession().Events.FetchStreamAsync(id);
        Assert.Equal(signed, stored.Single().Timestamp);
        Assert.True((await history.VerifyAsync()).IsIntact);
        await history.TamperAsync($"UPDATE events.mt_events SET timestamp = '2021-03-01T09:30:00.000001Z' WHERE stream_id = '{id}'");
        Assert.False((await history.VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Installing_links_the_events_stored_before_it_and_installing_again_changes_nothing()
    {
        await using var history = await MartenHistory.StartAsync(database, installIntegrity: false);
        await history.AppendSomeStreamsAsync();

        await history.InstallIntegrityAsync();
        await history.InstallIntegrityAsync();
        await history.AppendAsync(Guid.NewGuid(), "after@brn.dk", new CounterStarted("after"));

        var report = await history.VerifyAsync();
        Assert.True(report.IsIntact, report.FirstBrokenLink?.ToString());
        Assert.Equal(31L, await CountAsync(history, "integrity.event_hashes"));
    }

    private static async Task AppendWithRetryAsync(MartenHistory history, Guid id, Counted counted)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = history.Store.LightweightSession();
            var state = await session.Events.FetchStreamStateAsync(id);
            session.Events.Append(id, state!.Version + 1, counted);
            try
            {
                await session.SaveChangesAsync();
                return;
            }
            catch (Exception e) when (e is ConcurrencyException or EventStreamUnexpectedMaxEventIdException && attempt < 50)
            {
            }
        }
    }

    private static async Task<long> CountAsync(MartenHistory history, string table)
    {
        await using var command = history.DataSource.CreateCommand($"SELECT count(*) FROM {table}");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
