using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementTracker.Integrity;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// Every value the specification's worked example states, recomputed from the example's own content with the code that
/// writes the evidence (<see cref="EventHash"/>, <see cref="MerkleTree"/>, <see cref="Checkpoint"/>, <see cref="ExportSeal"/>,
/// the exporter's JSON): the event hashes and the bytes they cover, the tree's leaves, node and root, the proofs, the
/// checkpoint's signed text, key id and signature, the seal, and the lines themselves.
/// </summary>
public sealed class SpecificationExampleHashTests(SpecificationExample example) : IClassFixture<SpecificationExample>
{
    /// <summary>The table of section 11, in log order: log index, stream (by its letter), version, type, time, hash.</summary>
    private IReadOnlyList<(long LogIndex, Guid Stream, long Version, string Type, string Time, string Hash)> LogTable() =>
    [
        .. Regex.Matches(example.Text, @"^\| (\d+) \| ([A-Z]) version (\d+), `([^`]+)`, (\S+) \| `([0-9a-f]{64})` \|$", RegexOptions.Multiline)
            .Select(m => (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), example.Stream(m.Groups[2].Value),
                long.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), m.Groups[4].Value, m.Groups[5].Value, m.Groups[6].Value)),
    ];

    [Fact]
    public void The_bytes_stated_for_A_version_1_are_what_EventHash_hashes_and_give_its_stated_hash()
    {
        var rows = example.HashedBytesBlock.TrimEnd('\n').Split('\n').Select(r => Regex.Split(r, @"\s{3,}")).ToList();
        var bytes = Convert.FromHexString(string.Concat(rows.Select(r => r[0].Replace(" ", "", StringComparison.Ordinal))));
        var a1 = example.Events.Single(e => e.StreamId == example.Stream("A") && e.Version == 1);
        var time = rows.Single(r => r[1].EndsWith(" µs", StringComparison.Ordinal));
        var microseconds = long.Parse(time[1][..^3], CultureInfo.InvariantCulture);
        var statedHash = example.Stated(@"SHA-256 of these bytes is `([0-9a-f]+…[0-9a-f]+)`").Groups[1].Value;
        var fields = example.Stated(@"data `([^`]+)`, correlation id `([^`]+)`, no\s+causation id, user `([^`]+)`, no headers");

        Assert.Equal(
            (fields.Groups[1].Value, fields.Groups[2].Value, (string?)null, fields.Groups[3].Value, (string?)null),
            (a1.Data, a1.CorrelationId, a1.CausationId, a1.UserName, a1.Headers));
        Assert.Equal(Hex(EventHash.Compute(EventHash.Genesis.Span, a1.ToStoredEvent())), Hex(SHA256.HashData(bytes)));
        Assert.Equal(a1.Hash, Hex(SHA256.HashData(bytes)));
        Assert.True(SpecificationExample.Abbreviates(statedHash, a1.Hash), $"{statedHash} is not {a1.Hash}");
        Assert.Equal((a1.Timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10, microseconds);
        Assert.Equal(microseconds, Convert.ToInt64(time[0], 16));
    }

    [Fact]
    public void Every_events_hash_recomputes_from_its_fields_and_its_streams_previous_hash_and_each_streams_last_is_its_manifest_head()
    {
        var previous = new Dictionary<Guid, byte[]>();
        foreach (var e in example.Events)
        {
            var hash = EventHash.Compute(previous.GetValueOrDefault(e.StreamId, EventHash.Genesis.ToArray()), e.ToStoredEvent());
            previous[e.StreamId] = hash;
            Assert.Equal(e.Hash, Hex(hash));
        }

        Assert.Equal(
            example.Events.GroupBy(e => e.StreamId).Select(s => (s.Key, s.Last().Version, s.Last().Hash)).ToList(),
            example.Manifest.Streams.Select(h => (h.StreamId, h.Version, h.Hash)).ToList());
    }

    [Fact]
    public void The_table_lists_the_event_lines_in_log_order_with_their_stream_version_type_time_and_hash()
    {
        var table = LogTable();

        Assert.Equal(
            example.Events.OrderBy(e => e.LogIndex).Select(e => (e.LogIndex, e.StreamId, e.Version, e.Type, e.Hash)).ToList(),
            table.Select(t => (t.LogIndex, t.Stream, t.Version, t.Type, t.Hash)).ToList());
        Assert.All(table, t => Assert.EndsWith(
            t.Time, example.Events.Single(e => e.LogIndex == t.LogIndex).Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_tree_over_the_tables_hashes_has_the_stated_leaves_node_and_root_and_the_checkpoint_names_that_root()
    {
        var table = LogTable();
        var tree = new MerkleTree([.. table.Select(t => Convert.FromHexString(t.Hash))]);

        Assert.All(table, t => Assert.Equal(Hex(example.TreeHash($"leaf {t.LogIndex}")), Hex(MerkleProof.LeafHash(Convert.FromHexString(t.Hash)))));
        Assert.Equal(Hex(example.TreeHash("node(0,1)")), Hex(tree.RootOf(2)));
        Assert.Equal(Hex(example.TreeHash("root")), Hex(tree.RootHash));
        Assert.Equal(example.StatedRoot, Convert.ToBase64String(tree.RootHash));
        Assert.Equal((tree.Size, example.StatedRoot), (example.Manifest.Checkpoint.Size, example.Manifest.Checkpoint.Root));
    }

    [Fact]
    public void The_inclusion_proofs_are_the_trees_audit_paths_as_stated_and_each_event_line_carries_its_own()
    {
        var tree = new MerkleTree([.. LogTable().Select(t => Convert.FromHexString(t.Hash))]);
        var statement = example.Stated(@"Inclusion proofs at size (\d+): ([^.]*)\.");
        var size = long.Parse(statement.Groups[1].Value, CultureInfo.InvariantCulture);
        var stated = Regex.Matches(statement.Groups[2].Value, @"index (\d+) `\[([^\]]*)\]`")
            .ToDictionary(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m => Named(m.Groups[2].Value));

        Assert.Equal(Enumerable.Range(0, (int)size).Select(i => (long)i), stated.Keys.Order());
        foreach (var (index, path) in stated)
        {
            var line = example.Events.Single(e => e.LogIndex == index);
            Assert.Equal(path.Select(Hex), tree.InclusionProof(index, size).Select(Hex));
            Assert.Equal(path.Select(Hex), line.Inclusion);
            Assert.True(MerkleProof.VerifyInclusion(index, size, MerkleProof.LeafHash(Convert.FromHexString(line.Hash)), path, example.TreeHash("root")));
        }
    }

    [Fact]
    public void The_consistency_proofs_are_the_trees_as_stated_and_verify_between_its_roots()
    {
        var tree = new MerkleTree([.. LogTable().Select(t => Convert.FromHexString(t.Hash))]);
        var stated = Regex.Matches(example.Text, @"[Ff]rom size (\d+) to (?:size )?(\d+): `\[([^\]]*)\]`");

        Assert.NotEmpty(stated);
        foreach (Match m in stated)
        {
            var (from, to) = (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            var proof = Named(m.Groups[3].Value);
            Assert.Equal(proof.Select(Hex), tree.ConsistencyProof(from, to).Select(Hex));
            Assert.True(MerkleProof.VerifyConsistency(from, to, tree.RootOf(from), tree.RootOf(to), proof), $"from {from} to {to}");
        }
    }

    [Fact]
    public void The_checkpoint_is_the_stated_size_time_and_key_and_its_signature_verifies_over_the_stated_text()
    {
        var checkpoint = example.Manifest.Checkpoint.ToCheckpoint();
        var derLength = example.Stated(@"key id \(SHA-256 of those (\d+) DER bytes\)").Groups[1].Value;
        var textLength = example.Stated(@"The signed text is these (\d+) bytes").Groups[1].Value;
        var signature = example.Stated(@"and its signature [^`]* is\s+`([A-Za-z0-9+/=]+)`").Groups[1].Value;
        var signedText = Checkpoint.SignedText(checkpoint.Size, checkpoint.Root, checkpoint.SignedAt);

        Assert.Equal(example.StatedCheckpoint, (checkpoint.Size, checkpoint.SignedAt));
        Assert.Equal(derLength, example.PublicKey.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(example.StatedKeyId, SigningKey.IdOf(example.PublicKey));
        Assert.Equal(example.StatedKeyId, checkpoint.KeyId);
        Assert.Equal(Convert.ToBase64String(example.PublicKey), example.Manifest.PublicKey);
        Assert.Equal(example.CheckpointSignedTextBlock.TrimEnd('\n').Replace("\\n", "\n", StringComparison.Ordinal), signedText);
        Assert.Equal(textLength, Encoding.UTF8.GetByteCount(signedText).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(signature, example.Manifest.Checkpoint.Signature);
        Assert.True(checkpoint.IsSignedBy(example.PublicKey));
    }

    [Fact]
    public void The_seal_is_the_digest_of_the_lines_before_it_signed_over_the_stated_text_with_the_key()
    {
        var digest = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(example.ExportLines[..^1].Select(l => l + "\n")))));
        var stated = example.Stated(@"its signature is over the (\d+) bytes\s+`([^`\\]+)\\n([0-9a-f]+…[0-9a-f]+)\\n`");
        var (origin, abbreviated) = (stated.Groups[2].Value, stated.Groups[3].Value);
        var signedText = ExportSeal.SignedText(digest);

        Assert.Equal(digest, example.Seal.Digest);
        Assert.Equal(ExportSeal.Origin, origin);
        Assert.True(SpecificationExample.Abbreviates(abbreviated, digest), $"{abbreviated} is not {digest}");
        Assert.Equal(stated.Groups[1].Value, Encoding.UTF8.GetByteCount(signedText).ToString(CultureInfo.InvariantCulture));
        Assert.True(SigningKey.Verifies(example.PublicKey, signedText, Convert.FromHexString(example.Seal.Signature)));
        Assert.Equal(Hex(Convert.FromHexString(example.Seal.Signature)), example.Seal.Signature);
    }

    [Fact]
    public void Every_line_is_what_the_exporters_serialisation_writes_for_its_contents()
    {
        Assert.Equal(example.ExportLines[0], JsonSerializer.Serialize(example.Manifest));
        Assert.Equal(example.ExportLines[1..^1], example.Events.Select(e => JsonSerializer.Serialize(e)));
        Assert.Equal(example.ExportLines[^1], JsonSerializer.Serialize(example.Seal));
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>The hashes a stated proof names by the tree block's names (<c>leaf 1, leaf 2</c>).</summary>
    private List<byte[]> Named(string names) => [.. names.Split(", ").Select(example.TreeHash)];
}
