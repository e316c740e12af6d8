using AgreementTracker.Integrity.Log;
using AgreementTracker.TestSupport;
using Marten.Services;
using Npgsql;

namespace AgreementTracker.Integrity.Tests;

/// <summary>
/// The log over all events: every event's chain hash enters once, in an order no late commit can change, and the
/// tree read back proves each event's inclusion.
/// </summary>
public sealed class TransparencyLogTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Every_event_enters_the_log_once_and_is_proved_included_in_its_tree()
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendSomeStreamsAsync();

        await history.LogUntilAsync(30);
        Assert.Equal(30, await TransparencyLog.ExtendAsync(history.DataSource));

        var tree = await TransparencyLog.ReadTreeAsync(history.DataSource);
        var hashes = await EventHashesInSequenceOrderAsync(history.DataSource);
        Assert.Equal(hashes, await LogEntriesAsync(history.DataSource));
        for (var i = 0; i < hashes.Count; i++)
            Assert.True(MerkleProof.VerifyInclusion(i, tree.Size, MerkleProof.LeafHash(hashes[i]), tree.InclusionProof(i, tree.Size), tree.RootHash));
    }

    [Fact]
    public async Task A_transaction_still_in_flight_is_not_overtaken_and_its_events_enter_when_it_has_committed()
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendAsync(Guid.NewGuid(), "first@brn.dk", new CounterStarted("before"));
        await history.LogUntilAsync(1);

        await using var slow = await history.DataSource.OpenConnectionAsync();
        await using var inFlight = await slow.BeginTransactionAsync();
        await using (var session = history.Store.LightweightSession(SessionOptions.ForTransaction(inFlight)))
        {
            session.Events.StartStream(Guid.NewGuid(), new CounterStarted("slow"));
            await session.SaveChangesAsync();
        }
        var fast = Guid.NewGuid();
        await history.AppendAsync(fast, "fast@brn.dk", new CounterStarted("fast"));
        var whileInFlight = await TransparencyLog.ExtendAsync(history.DataSource);
        await inFlight.CommitAsync();
        await history.LogUntilAsync(3);

        Assert.Equal(1, whileInFlight);
        var entries = await LogEntriesAsync(history.DataSource);
        var fastHash = await HashOfAsync(history.DataSource, fast);
        Assert.Equal(2, entries.FindIndex(e => e.AsSpan().SequenceEqual(fastHash)));
    }

    [Fact]
    public async Task The_log_refuses_change()
    {
        await using var history = await MartenHistory.StartAsync(database);
        await history.AppendSomeStreamsAsync();
        await history.LogUntilAsync(30);

        await using var command = history.DataSource.CreateCommand("DELETE FROM integrity.log_entries WHERE position = 3");
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.StartsWith("DELETE on integrity.log_entries is refused", error.MessageText);
    }

    private static async Task<List<byte[]>> LogEntriesAsync(NpgsqlDataSource dataSource) =>
        await ReadHashesAsync(dataSource, "SELECT entry FROM integrity.log_entries ORDER BY position");

    private static async Task<List<byte[]>> EventHashesInSequenceOrderAsync(NpgsqlDataSource dataSource) =>
        await ReadHashesAsync(dataSource, "SELECT hash FROM integrity.event_hashes ORDER BY seq_id");

    private static async Task<byte[]> HashOfAsync(NpgsqlDataSource dataSource, Guid streamId) =>
        (await ReadHashesAsync(dataSource, $"SELECT hash FROM integrity.event_hashes WHERE stream_id = '{streamId}'")).Single();

    private static async Task<List<byte[]>> ReadHashesAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var hashes = new List<byte[]>();
        while (await reader.ReadAsync())
            hashes.Add(reader.GetFieldValue<byte[]>(0));
        return hashes;
    }
}
