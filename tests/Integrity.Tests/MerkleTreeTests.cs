using System.Security.Cryptography;
using System.Text;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Tests;

/// <summary>
/// The log's tree against RFC 9162's definitions written out naively here, and every proof for every pair of sizes up
/// to 40 checked, then broken.
/// </summary>
public sealed class MerkleTreeTests
{
    private const int MaxSize = 40;

    [Fact]
    public void The_root_of_the_empty_tree_and_of_one_entry_are_as_the_rfc_defines_them()
    {
        var tree = new MerkleTree([Entry(0)]);

        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(tree.RootOf(0)));
        Assert.Equal(SHA256.HashData([0x00, .. Entry(0)]), tree.RootHash);
    }

    [Fact]
    public void Every_root_equals_the_rfcs_recursive_definition()
    {
        var entries = Entries(70);
        var tree = new MerkleTree(entries);

        for (var size = 0; size <= entries.Count; size++)
            Assert.Equal(Mth(entries.Take(size).ToList()), tree.RootOf(size));
    }

    [Fact]
    public void Every_entry_is_proved_included_in_every_tree_that_holds_it_and_not_another_entry_position_or_tree()
    {
        var tree = new MerkleTree(Entries(MaxSize));

        for (var size = 1; size <= MaxSize; size++)
        {
            var root = tree.RootOf(size);
            for (var index = 0; index < size; index++)
            {
                var path = tree.InclusionProof(index, size);
                var leaf = MerkleProof.LeafHash(Entry(index));
                Assert.True(MerkleProof.VerifyInclusion(index, size, leaf, path, root), $"entry {index} of {size}");
                Assert.False(MerkleProof.VerifyInclusion(index, size, MerkleProof.LeafHash(Entry(index + 1)), path, root));
                if (size > 1)
                    Assert.False(MerkleProof.VerifyInclusion((index + 1) % size, size, leaf, path, root));
                if (size < MaxSize)
                    Assert.False(MerkleProof.VerifyInclusion(index, size + 1, leaf, path, tree.RootOf(size + 1)));
            }
        }
    }

    [Fact]
    public void Every_tree_is_proved_to_extend_every_earlier_one_and_a_rewritten_past_is_not()
    {
        var tree = new MerkleTree(Entries(MaxSize));
        var rewritten = new MerkleTree(Entries(MaxSize).Select((e, i) => i == 0 ? Entry(999) : e).ToList());

        for (var newSize = 1; newSize <= MaxSize; newSize++)
            for (var oldSize = 1; oldSize <= newSize; oldSize++)
            {
                var proof = tree.ConsistencyProof(oldSize, newSize);
                Assert.True(MerkleProof.VerifyConsistency(oldSize, newSize, tree.RootOf(oldSize), tree.RootOf(newSize), proof), $"{oldSize} -> {newSize}");
                Assert.False(MerkleProof.VerifyConsistency(oldSize, newSize, rewritten.RootOf(oldSize), tree.RootOf(newSize), proof));
                if (oldSize < newSize)
                    Assert.False(MerkleProof.VerifyConsistency(oldSize, newSize, tree.RootOf(oldSize), rewritten.RootOf(newSize), proof));
            }
    }

    [Fact]
    public void A_proof_for_other_sizes_does_not_verify()
    {
        var tree = new MerkleTree(Entries(MaxSize));
        var proof = tree.ConsistencyProof(5, 13);

        Assert.False(MerkleProof.VerifyConsistency(6, 13, tree.RootOf(6), tree.RootOf(13), proof));
        Assert.False(MerkleProof.VerifyConsistency(5, 14, tree.RootOf(5), tree.RootOf(14), proof));
        Assert.False(MerkleProof.VerifyConsistency(5, 13, tree.RootOf(5), tree.RootOf(13), proof.Skip(1).ToList()));
    }

    private static byte[] Entry(int i) => SHA256.HashData(Encoding.UTF8.GetBytes($"event {i}"));

    private static List<byte[]> Entries(int count) => Enumerable.Range(0, count).Select(Entry).ToList();

    // RFC 9162, section 2.1.1, as written there.
    private static byte[] Mth(IReadOnlyList<byte[]> d)
    {
        if (d.Count == 0)
            return SHA256.HashData([]);
        if (d.Count == 1)
            return SHA256.HashData([0x00, .. d[0]]);
        var k = 1;
        while (k * 2 < d.Count)
            k *= 2;
        return SHA256.HashData([0x01, .. Mth(d.Take(k).ToList()), .. Mth(d.Skip(k).ToList())]);
    }
}
