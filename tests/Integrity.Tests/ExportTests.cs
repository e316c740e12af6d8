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

    private static string Edit(string[] lines, int index, Action<JsonNode> edit) => string.Join('\n', ExportLines.Edit(lines, index, edit));

    private static string? Problem(string export, SigningKey key) => Verify(export, key).Problem;

    private static ExportReport Verify(string export, SigningKey key) => ExportVerifier.Verify(new MemoryStream(Encoding.UTF8.GetBytes(export)), key.PublicKey);
}
