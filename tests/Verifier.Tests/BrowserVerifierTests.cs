using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The JavaScript verifier, written from schema/evidence/export-format.md alone, against the C# command on the same
/// files: both accept the untouched evidence, and both refuse every tampered export naming the same failure.
/// </summary>
public sealed class BrowserVerifierTests(DemoEvidence evidence) : IClassFixture<DemoEvidence>
{
    public static TheoryData<string> Tamperings =>
    [
        "an edited event", "a deleted event", "a deleted stream", "two events reordered", "another checkpoint's signature",
        "the log truncated and re-signed with another key", "a flipped byte in the checkpoint", "a flipped byte in an event",
        "a deleted stream with the count lowered", "a stream's last event deleted with the count lowered",
        "a stream repeated elsewhere with the count raised", "a deleted stream with its head and the count removed",
        "the same, with the seal's digest recomputed", "a changed sequence number", "a changed scope", "a removed stated state",
        "the seal removed", "the last line feed removed", "a flipped byte in the seal's signature",
        "a stream left out of an export of the whole log, sealed again with the server's key",
    ];

    [Theory]
    [InlineData("export.jsonl")]
    [InlineData("whole-log.jsonl")]
    public async Task Both_verifiers_accept_the_untouched_export_and_count_the_same_events_and_streams(string name)
    {
        var file = Path.Combine(evidence.Folder, name);
        var (csharpCode, csharpOutput) = await VerifierProcess.RunAsync(file, "--public-key", evidence.PublicKeyFile);
        var (jsCode, answer) = await BrowserVerifier.RunAsync(file, "--public-key", evidence.PublicKeyFile);

        Assert.True(csharpCode == 0, csharpOutput);
        Assert.True(jsCode == 0, answer.ToJsonString());
        var report = ExportVerifier.Verify(File.OpenRead(file), evidence.Key.PublicKey);
        Assert.Equal((report.EventsVerified, report.StreamsVerified), (Count(answer, "events"), Count(answer, "streams")));
        Assert.True(answer["keyTrusted"]!.GetValue<bool>());
        Assert.False(answer["replayed"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Both_verifiers_refuse_a_tampered_export_naming_the_same_failure(string tampering)
    {
        var (content, expected) = Tamper(tampering);
        var file = evidence.Write($"{tampering.Replace(' ', '-')}.jsonl", content);

        var (csharpCode, csharpOutput) = await VerifierProcess.RunAsync(file, "--public-key", evidence.PublicKeyFile);
        var (jsCode, answer) = await BrowserVerifier.RunAsync(file, "--public-key", evidence.PublicKeyFile);

        Assert.Equal((1, 1), (csharpCode, jsCode));
        Assert.Equal(expected, answer["firstFailure"]!.GetValue<string>());
        Assert.Contains($"NOT VALID after {Count(answer, "events"):N0} events: {expected}", csharpOutput);
    }

    [Fact]
    public async Task Without_the_trusted_key_both_accept_a_log_truncated_and_re_signed_by_someone_else_which_is_why_the_key_must_come_another_way()
    {
        var file = evidence.Write("re-signed.jsonl", TruncatedAndReSigned());

        var (csharpCode, csharpOutput) = await VerifierProcess.RunAsync(file);
        var (jsCode, answer) = await BrowserVerifier.RunAsync(file);

        Assert.True(csharpCode == 0, csharpOutput);
        Assert.Contains("Signed by the key inside the export", csharpOutput);
        Assert.True(jsCode == 0, answer.ToJsonString());
        Assert.False(answer["keyTrusted"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_stated_state_the_events_do_not_explain_is_refused_only_by_the_C_sharp_verifier_which_replays()
    {
        var (lines, agreement) = evidence.WithAStateTheEventsDoNotExplain();
        var file = evidence.Write("edited-state.jsonl", lines);

        var (csharpCode, csharpOutput) = await VerifierProcess.RunAsync(file, "--public-key", evidence.PublicKeyFile);
        var (jsCode, answer) = await BrowserVerifier.RunAsync(file, "--public-key", evidence.PublicKeyFile);

        Assert.Equal(1, csharpCode);
        Assert.Contains($"stream {agreement}: replaying its events does not give the state the export states", csharpOutput);
        Assert.Equal(0, jsCode);
        Assert.False(answer["replayed"]!.GetValue<bool>());
        Assert.True(answer["statesStated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Both_verifiers_accept_consistency_evidence_and_refuse_it_when_the_earlier_log_was_rewritten()
    {
        var rewritten = evidence.Key.Sign(evidence.Earlier.Size, evidence.Tree.RootOf(evidence.Earlier.Size - 1), evidence.Earlier.SignedAt);
        var rewrittenFile = evidence.Write("rewritten-consistency.json",
            JsonSerializer.SerializeToUtf8Bytes(ConsistencyEvidence.Of(rewritten, evidence.Later, evidence.Tree, evidence.Key.PublicKey)));
        var expected = $"the log of {evidence.Later.Size} entries does not extend the log of {evidence.Earlier.Size}: its past was changed";

        var (csharpCode, csharpOutput) = await VerifierProcess.RunAsync("consistency", evidence.ConsistencyFile, "--public-key", evidence.PublicKeyFile);
        var (jsCode, answer) = await BrowserVerifier.RunAsync("consistency", evidence.ConsistencyFile, "--public-key", evidence.PublicKeyFile);
        var (rewrittenCsharpCode, rewrittenCsharpOutput) = await VerifierProcess.RunAsync("consistency", rewrittenFile, "--public-key", evidence.PublicKeyFile);
        var (rewrittenJsCode, rewrittenAnswer) = await BrowserVerifier.RunAsync("consistency", rewrittenFile, "--public-key", evidence.PublicKeyFile);

        Assert.True((csharpCode, jsCode) == (0, 0), csharpOutput + answer.ToJsonString());
        Assert.Equal((1, 1), (rewrittenCsharpCode, rewrittenJsCode));
        Assert.Contains(expected, rewrittenCsharpOutput);
        Assert.Equal(expected, rewrittenAnswer["firstFailure"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_the_build_ships_works_offline_in_Danish_and_states_the_verdict()
    {
        var page = await File.ReadAllTextAsync(BrowserVerifier.Page);
        var (edited, expected) = Tamper("an edited event");
        var editedFile = evidence.Write("page-edited.jsonl", edited);

        var untouched = await BrowserVerifier.PageVerdictAsync(evidence.ExportFile, evidence.PublicKeyFile);
        var tampered = await BrowserVerifier.PageVerdictAsync(editedFile, evidence.PublicKeyFile);

        Assert.Contains("<html lang=\"da\">", page);
        Assert.Contains("<h1>Kontrollér en eksport</h1>", page);
        Assert.Contains("aria-live=\"polite\"", page);
        Assert.DoesNotContain("://", page);
        Assert.DoesNotContain(" src=", page);
        Assert.StartsWith("GYLDIG.", untouched);
        Assert.Contains("Signeret med den nøgle, du stoler på.", untouched);
        Assert.StartsWith("IKKE GYLDIG.", tampered);
        Assert.Contains("hændelsens indhold passer ikke med dens hash", tampered);
        Assert.Contains(expected, tampered);
    }

    private static long Count(JsonNode answer, string what) => answer["counts"]![what]!.GetValue<long>();

    /// <summary>The export tampered with as named, and the failure both verifiers must name.</summary>
    private (byte[] Content, string Expected) Tamper(string tampering)
    {
        var lines = evidence.ExportLines();
        var (events, seal) = (lines.Length - 2, lines[^1]);
        var (stream, first) = LongStream(lines);
        var (id, version) = (stream.ToString(), first + 1);
        var ofStream = lines[first..^1].TakeWhile(l => l.Contains($"\"streamId\":\"{id}\"")).ToArray();
        var last = first + ofStream.Length - 1;
        var withoutStream = lines.Where((_, i) => i < first || i > last).ToArray();
        // Repeated where it cannot pass for the stream's continuation: at the end, unless it already ends the events.
        string[] repeated = last == lines.Length - 2 ? [lines[0], .. ofStream, .. lines[1..]] : [.. lines[..^1], .. ofStream, seal];
        var headless = ExportLines.Edit(ManifestEdit(withoutStream, m => m["events"] = events - ofStream.Length), 0,
            m => m["streams"] = new JsonArray([.. m["streams"]!.AsArray().Where(h => h!["streamId"]!.GetValue<string>() != id).Select(h => h!.DeepClone())]));
        var sealMismatch = "the file's bytes do not match its seal";
        return tampering switch
        {
            "an edited event" => (DemoEvidence.AsFile(ExportLines.Edit(lines, version, e => e["data"] = "{\"Title\": \"En anden aftale\"}")),
                $"stream {id} version 2: the event's contents do not match its hash"),
            "a deleted event" => (DemoEvidence.AsFile(lines.Where((_, i) => i != version)),
                $"stream {id} version 3: version 2 is missing"),
            "a deleted stream" => (DemoEvidence.AsFile(withoutStream),
                $"the manifest says {events} events, the file holds {events - ofStream.Length}"),
            "two events reordered" => (DemoEvidence.AsFile([.. lines[..version], lines[version + 1], lines[version], .. lines[(version + 2)..]]),
                $"stream {id} version 3: version 2 is missing"),
            "another checkpoint's signature" => (DemoEvidence.AsFile(ExportLines.Edit(lines, 0, m => m["checkpoint"]!["signature"] = Convert.ToBase64String(evidence.Earlier.Signature))),
                "the checkpoint's signature does not verify with the public key"),
            "the log truncated and re-signed with another key" => (TruncatedAndReSigned(),
                "the export names a different public key than the one you trust"),
            "a flipped byte in the checkpoint" => (FlipByteAfter(lines, 0, "\"size\":"),
                "the checkpoint's signature does not verify with the public key"),
            "a flipped byte in an event" => (FlipByteAfter(lines, version, "\"type\":\""),
                $"stream {id} version 2: the event's contents do not match its hash"),
            "a deleted stream with the count lowered" => (DemoEvidence.AsFile(ManifestEdit(withoutStream, m => m["events"] = events - ofStream.Length)),
                $"stream {id} is listed in the manifest but not in the file"),
            "a stream's last event deleted with the count lowered" => (DemoEvidence.AsFile(ManifestEdit(lines.Where((_, i) => i != last).ToArray(), m => m["events"] = events - 1)),
                $"stream {id} ends at version {ofStream.Length - 1} in the file, not at the head the manifest lists"),
            "a stream repeated elsewhere with the count raised" => (DemoEvidence.AsFile(ManifestEdit(repeated, m => m["events"] = events + ofStream.Length)),
                $"stream {id} appears twice in the file"),
            "a deleted stream with its head and the count removed" => (DemoEvidence.AsFile(headless), sealMismatch),
            "the same, with the seal's digest recomputed" => (DemoEvidence.AsFile(WithDigestRecomputed(headless)),
                "the seal's signature does not verify with the public key"),
            "a changed sequence number" => (DemoEvidence.AsFile(ExportLines.Edit(lines, version, e => e["seq"] = e["seq"]!.GetValue<long>() + 1)), sealMismatch),
            "a changed scope" => (DemoEvidence.AsFile(ManifestEdit(lines, m => m["scope"] = "one agreement")), sealMismatch),
            "a removed stated state" => (DemoEvidence.AsFile(ManifestEdit(lines, m => m["states"]!.AsObject().Remove(id))), sealMismatch),
            "the seal removed" => (DemoEvidence.AsFile(lines[..^1]), "the file does not end with a seal line"),
            "the last line feed removed" => (DemoEvidence.AsFile(lines)[..^1], "the file does not end with a seal line"),
            "a flipped byte in the seal's signature" => (FlipByteAfter(lines, lines.Length - 1, "\"signature\":\""),
                "the seal's signature does not verify with the public key"),
            "a stream left out of an export of the whole log, sealed again with the server's key" => LeftOutOfTheWholeLog(),
            _ => throw new ArgumentOutOfRangeException(nameof(tampering), tampering, "no such tampering"),
        };
    }

    /// <summary>
    /// The export of everything without its longest stream, its head or its events in the count, sealed again with the
    /// server's key: what a server whose history lost a stream would write, were its exporter not to check. Nothing in
    /// the file disagrees with itself; only the log index the stream's first event held is missing from the whole log.
    /// </summary>
    private (byte[] Content, string Expected) LeftOutOfTheWholeLog()
    {
        var lines = evidence.WholeLogLines();
        var events = lines[1..^1].Select(l => JsonSerializer.Deserialize<ExportedEvent>(l)!).ToList();
        var (stream, _) = LongStream(lines);
        var kept = lines[1..^1].Where((_, i) => events[i].StreamId != stream).ToArray();
        var manifest = ExportLines.Edit(lines[..1], 0, m =>
        {
            m["events"] = kept.Length;
            m["streams"] = new JsonArray([.. m["streams"]!.AsArray().Where(h => h!["streamId"]!.GetValue<string>() != stream.ToString()).Select(h => h!.DeepClone())]);
        });
        var missing = events.Where(e => e.StreamId == stream).Min(e => e.LogIndex);
        return (DemoEvidence.AsFile(ExportLines.Sealed([.. manifest, .. kept], evidence.Key)),
            $"the export is of the whole log, but no event has log index {missing}");
    }

    private static string[] ManifestEdit(string[] lines, Action<JsonNode> edit) => ExportLines.Edit(lines, 0, edit);

    /// <summary>The lines with the seal's digest made to match the bytes before it, which anyone can do; its signature only the key's holder can.</summary>
    private static string[] WithDigestRecomputed(string[] lines)
    {
        var digest = SHA256.HashData(DemoEvidence.AsFile(lines[..^1]));
        return ExportLines.Edit(lines, lines.Length - 1, s => s["digest"] = Convert.ToHexStringLower(digest));
    }

    /// <summary>
    /// The log cut back to the earlier checkpoint's size and signed by a stranger, whose key the export then carries:
    /// only the events in the shorter log, with proofs against it, and no stated states, so nothing else gives it away.
    /// </summary>
    private byte[] TruncatedAndReSigned()
    {
        var size = evidence.Earlier.Size;
        var forged = evidence.StrangerKey.Sign(size, evidence.Tree.RootOf(size), evidence.Later.SignedAt);
        var lines = evidence.ExportLines();
        var events = lines[1..^1].Select(l => JsonNode.Parse(l)!).Where(e => e["logIndex"]!.GetValue<long>() < size).ToList();
        foreach (var e in events)
            e["inclusion"] = new JsonArray([.. evidence.Tree.InclusionProof(e["logIndex"]!.GetValue<long>(), size).Select(h => JsonValue.Create(Convert.ToHexStringLower(h)))]);
        var heads = events.Select(e => e.Deserialize<ExportedEvent>()!).GroupBy(e => e.StreamId)
            .Select(g => new StreamHead(g.Key, g.Last().Version, g.Last().Hash)).ToList();
        var manifest = JsonSerializer.Deserialize<ExportManifest>(lines[0])! with
        {
            Events = events.Count,
            Checkpoint = ExportedCheckpoint.Of(forged),
            PublicKey = Convert.ToBase64String(evidence.StrangerKey.PublicKey),
            Streams = heads,
            States = null,
        };
        return DemoEvidence.AsFile(ExportLines.Sealed([JsonSerializer.Serialize(manifest), .. events.Select(e => e.ToJsonString())], evidence.StrangerKey));
    }

    /// <summary>The first stream with at least three events, and the index of its first line.</summary>
    private static (Guid Stream, int FirstLine) LongStream(string[] lines)
    {
        var streams = lines[1..^1].Select(l => JsonSerializer.Deserialize<ExportedEvent>(l)!.StreamId).ToList();
        var stream = streams.GroupBy(s => s).First(g => g.Count() >= 3).Key;
        return (stream, streams.IndexOf(stream) + 1);
    }

    /// <summary>The file's bytes with the lowest bit of the byte just after <paramref name="marker"/> in line <paramref name="line"/> flipped.</summary>
    private static byte[] FlipByteAfter(string[] lines, int line, string marker)
    {
        var bytes = DemoEvidence.AsFile(lines);
        var offset = DemoEvidence.AsFile(lines[..line]).Length + Encoding.UTF8.GetByteCount(lines[line][..(lines[line].IndexOf(marker, StringComparison.Ordinal) + marker.Length)]);
        bytes[offset] ^= 0x01;
        return bytes;
    }
}
