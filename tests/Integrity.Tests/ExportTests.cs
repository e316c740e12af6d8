using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Integrity.Tests;

/// <summary>An export checks out with nothing but the file and the trusted key, and every kind of edit to it is named.</summary>
public sealed class ExportTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly string _keyPath = Path.Combine(Path.GetTempPath(), $"agreementtracker-keys-{Guid.NewGuid():N}", "key.pem");

    [Fact]
    public async Task Everything_and_one_stream_export_and_verify_offline_with_the_trusted_key()
    {
        var (history, key, ids) = await SignedHistoryAsync();
        await using var _ = history;

        var all = await ExportAsync(history, key, null);
        var one = await ExportAsync(history, key, [ids[1]]);

        Assert.Equal(new ExportReport(30, 3, null), Verify(all, key));
        Assert.Equal(new ExportReport(10, 1, null), Verify(one, key));
        Assert.Contains("\"wholeLog\":true", all[..all.IndexOf('\n')]);
        Assert.DoesNotContain("wholeLog", one[..one.IndexOf('\n')]);
    }

    [Fact]
    public async Task Edits_to_the_file_are_named()
    {
        var (history, key, ids) = await SignedHistoryAsync();
        await using var _ = history;
        var lines = (await ExportAsync(history, key, [ids[0]])).TrimEnd('\n').Split('\n');

        var changedData = Edit(lines, 5, e => e["data"] = "{\"By\": 1, \"Note\": \"\"}");
        var changedDataAndHash = Edit(lines, 5, e =>
        {
            e["data"] = "{\"By\": 1, \"Note\": \"\"}";
            var previous = JsonNode.Parse(lines[4])!["hash"]!.GetValue<string>();
            e["hash"] = Convert.ToHexStringLower(EventHash.Compute(Convert.FromHexString(previous), e.Deserialize<ExportedEvent>()!.ToStoredEvent()));
        });
        var withoutALine = string.Join('\n', lines.Where((_, i) => i != 5));

        Assert.Equal($"stream {ids[0]} version 5: the event's contents do not match its hash", Problem(changedData, key));
        Assert.Equal($"stream {ids[0]} version 5: its inclusion proof does not lead to the checkpoint's root", Problem(changedDataAndHash, key));
        Assert.Equal($"stream {ids[0]} version 6: version 5 is missing", Problem(withoutALine, key));
        Assert.Equal("the checkpoint's signature does not verify with the public key", Problem(Edit(lines, 0, m => m["checkpoint"]!["size"] = 29), key));
    }

    [Fact]
    public async Task An_export_signed_by_another_key_than_the_trusted_one_is_refused_and_so_is_a_checkpoint_that_does_not_cover_it()
    {
        var (history, key, ids) = await SignedHistoryAsync();
        await using var _ = history;
        using var stranger = SigningKey.LoadOrCreate(Path.Combine(Path.GetDirectoryName(_keyPath)!, "stranger.pem"));
        var export = await ExportAsync(history, key, null);

        Assert.Equal("the export names a different public key than the one you trust", Verify(export, stranger).Problem);
        await history.AppendAsync(ids[0], "later@brn.dk", new Counted(1, "after the checkpoint"));
        await history.LogUntilAsync(31);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ExportAsync(history, key, [ids[0]]));
    }

    [Fact]
    public async Task An_export_of_everything_is_refused_naming_the_log_index_whose_event_a_superuser_removed_with_its_whole_stream()
    {
        var (history, key, ids) = await SignedHistoryAsync();
        await using var _ = history;
        var (index, sequence) = await FirstLoggedAsync(history, ids[1]);

        // The stream's events, their hashes and its record: every chain left is whole, so only the log still knows.
        await history.TamperAsync($"DELETE FROM events.mt_events WHERE stream_id = '{ids[1]}'");
        await history.TamperAsync($"DELETE FROM integrity.event_hashes WHERE stream_id = '{ids[1]}'");
        await history.TamperAsync($"DELETE FROM events.mt_streams WHERE id = '{ids[1]}'");
        var chains = await history.VerifyAsync();
        var refused = await Assert.ThrowsAsync<BrokenLogException>(() => ExportAsync(history, key, null));

        Assert.True(chains.IsIntact);
        Assert.Equal(
            $"Log index {index} is the event with sequence number {sequence}, which the history no longer holds: it was removed behind the append-only " +
            "guards after it was logged. An export of everything would have a gap there, so none was written.", refused.Message);
        Assert.Equal(new ExportReport(10, 1, null), Verify(await ExportAsync(history, key, [ids[0]]), key));
    }

    [Fact]
    public async Task An_export_of_everything_is_refused_naming_the_log_index_a_superuser_removed_from_the_log()
    {
        var (history, key, ids) = await SignedHistoryAsync();
        await using var _ = history;
        var (index, _) = await FirstLoggedAsync(history, ids[2]);

        await history.TamperAsync($"DELETE FROM integrity.log_entries WHERE position = {index}");
        var refused = await Assert.ThrowsAsync<BrokenLogException>(() => ExportAsync(history, key, null));

        Assert.Equal(
            $"The log has no entry at index {index}: it was removed behind the append-only guards. An export of everything would have a gap there, " +
            "so none was written.", refused.Message);
    }

    public void Dispose()
    {
        var folder = Path.GetDirectoryName(_keyPath)!;
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private async Task<(MartenHistory History, SigningKey Key, List<Guid> Ids)> SignedHistoryAsync()
    {
        var history = await MartenHistory.StartAsync(database);
        var ids = await history.AppendSomeStreamsAsync();
        await history.LogUntilAsync(30);
        var key = SigningKey.LoadOrCreate(_keyPath);
        await TransparencyLog.SignCheckpointAsync(history.DataSource, key, history.Clock);
        return (history, key, ids);
    }

    private static async Task<string> ExportAsync(MartenHistory history, SigningKey key, IReadOnlyCollection<Guid>? streams)
    {
        var checkpoint = (await TransparencyLog.ReadCheckpointsAsync(history.DataSource))[^1];
        using var output = new MemoryStream();
        await HistoryExport.WriteAsync(history.DataSource, MartenHistory.Schema, streams, "test", checkpoint, key, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The log index and sequence number of the stream's first event in log order.</summary>
    private static async Task<(long Index, long Sequence)> FirstLoggedAsync(MartenHistory history, Guid stream)
    {
        await using var command = history.DataSource.CreateCommand($"""
            SELECT l.position, l.seq_id FROM integrity.log_entries l JOIN {MartenHistory.Schema}.mt_events e ON e.seq_id = l.seq_id
            WHERE e.stream_id = $1 ORDER BY l.position LIMIT 1
            """);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = stream });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static string Edit(string[] lines, int index, Action<JsonNode> edit) => string.Join('\n', ExportLines.Edit(lines, index, edit));

    private static string? Problem(string export, SigningKey key) => Verify(export, key).Problem;

    private static ExportReport Verify(string export, SigningKey key) => ExportVerifier.Verify(new MemoryStream(Encoding.UTF8.GetBytes(export)), key.PublicKey);
}
