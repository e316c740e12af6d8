using AgreementTracker.Integrity.Log;
using FsCheck;
using FsCheck.Fluent;

namespace AgreementTracker.Integrity.Tests;

/// <summary>
/// Any sequence of appends and checkpoints over the pure tree: every root a checkpoint took stays the root of that size
/// in every later tree, every entry is proved included in every checkpoint that holds it, and every later checkpoint
/// is proved to extend every earlier one.
/// </summary>
public sealed class LogProperties
{
    [Fact]
    public void Every_sequence_of_appends_and_checkpoints_yields_inclusion_and_consistency_proofs_that_verify()
    {
        // Up to 20 steps, each appending 0 to 40 entries, then taking a checkpoint when the coin says so.
        var steps = Gen.Choose(0, 40).Zip(Gen.Elements(true, false)).ListOf().Select(l => l.Take(20).ToArray());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(steps.ToArbitrary(), run =>
        {
            var entries = new List<byte[]>();
            var checkpoints = new List<(long Size, byte[] Root)>();
            foreach (var (appended, checkpoint) in run)
            {
                entries.AddRange(Enumerable.Range(entries.Count, appended).Select(Entry));
                if (checkpoint && entries.Count > 0)
                    checkpoints.Add((entries.Count, new MerkleTree(entries).RootHash));
            }
            var tree = new MerkleTree(entries);
            return checkpoints.All(c =>
                tree.RootOf(c.Size).AsSpan().SequenceEqual(c.Root)
                && Enumerable.Range(0, (int)c.Size).All(i =>
                    MerkleProof.VerifyInclusion(i, c.Size, MerkleProof.LeafHash(entries[i]), tree.InclusionProof(i, c.Size), c.Root))
                && checkpoints.Where(later => later.Size >= c.Size).All(later =>
                    MerkleProof.VerifyConsistency(c.Size, later.Size, c.Root, later.Root, tree.ConsistencyProof(c.Size, later.Size))));
        }));
    }

    private static byte[] Entry(int i) => System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i));
}
