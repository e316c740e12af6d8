using System.Collections.Concurrent;
using System.Numerics;
using System.Security.Cryptography;

namespace AgreementTracker.Integrity.Log;

/// <summary>
/// A Merkle tree over a log's entries as RFC 9162 (Certificate Transparency 2.0, section 2.1) defines it: a leaf is
/// SHA-256(0x00 ‖ entry), an inner node SHA-256(0x01 ‖ left ‖ right), and a tree of n leaves splits at the largest power
/// of two below n. It answers the root, the inclusion proof of an entry and the consistency proof of an earlier size;
/// <see cref="MerkleProof"/> checks them without the tree. Complete subtrees are hashed once, so a proof costs
/// O(log n) once the tree is built.
/// </summary>
public sealed class MerkleTree
{
    // _complete[h][i]: the hash of the complete subtree of 2^h leaves starting at leaf i * 2^h.
    private readonly List<byte[][]> _complete = [];

    // The hashes of incomplete subtrees (the right edge of a tree of some size), kept: every proof in a tree of that
    // size would otherwise rehash them.
    private readonly ConcurrentDictionary<(long Start, long End), byte[]> _incomplete = new();

    public MerkleTree(IReadOnlyList<byte[]> entries)
    {
        var level = entries.Select(MerkleProof.LeafHash).ToArray();
        _complete.Add(level);
        while (level.Length > 1)
        {
            level = Enumerable.Range(0, level.Length / 2).Select(i => MerkleProof.NodeHash(level[2 * i], level[2 * i + 1])).ToArray();
            _complete.Add(level);
        }
    }

    public long Size => _complete[0].Length;

    public byte[] RootHash => RootOf(Size);

    /// <summary>The root the tree had when it held its first <paramref name="size"/> entries.</summary>
    public byte[] RootOf(long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        return size == 0 ? SHA256.HashData([]) : Hash(0, size);
    }

    /// <summary>Whether this tree's first <c>checkpoint.Size</c> entries are the log the checkpoint signed.</summary>
    public bool Holds(Checkpoint checkpoint) =>
        Size >= checkpoint.Size && RootOf(checkpoint.Size).AsSpan().SequenceEqual(checkpoint.Root);

    /// <summary>The audit path of entry <paramref name="index"/> in the tree of the first <paramref name="size"/> entries, leaf upwards.</summary>
    public IReadOnlyList<byte[]> InclusionProof(long index, long size)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Size);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, size);
        var path = new List<byte[]>();
        Path(index, 0, size, path);
        return path;
    }

    /// <summary>The proof that the tree of <paramref name="newSize"/> entries extends the tree of <paramref name="oldSize"/>.</summary>
    public IReadOnlyList<byte[]> ConsistencyProof(long oldSize, long newSize)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newSize, Size);
        ArgumentOutOfRangeException.ThrowIfLessThan(oldSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var proof = new List<byte[]>();
        SubProof(oldSize, 0, newSize, startsAtOldRoot: true, proof);
        return proof;
    }

    private void Path(long index, long start, long end, List<byte[]> path)
    {
        if (end - start == 1)
            return;
        var k = Split(end - start);
        if (index < start + k)
        {
            Path(index, start, start + k, path);
            path.Add(Hash(start + k, end));
        }
        else
        {
            Path(index, start + k, end, path);
            path.Add(Hash(start, start + k));
        }
    }

    private void SubProof(long oldSize, long start, long end, bool startsAtOldRoot, List<byte[]> proof)
    {
        if (start + oldSize == end)
        {
            if (!startsAtOldRoot)
                proof.Add(Hash(start, end));
            return;
        }
        var k = Split(end - start);
        if (oldSize <= k)
        {
            SubProof(oldSize, start, start + k, startsAtOldRoot, proof);
            proof.Add(Hash(start + k, end));
        }
        else
        {
            SubProof(oldSize - k, start + k, end, startsAtOldRoot: false, proof);
            proof.Add(Hash(start, start + k));
        }
    }

    private byte[] Hash(long start, long end)
    {
        var size = end - start;
        if (BitOperations.IsPow2(size) && start % size == 0)
            return _complete[BitOperations.Log2((ulong)size)][start / size];
        return _incomplete.GetOrAdd((start, end), range =>
        {
            var k = Split(range.End - range.Start);
            return MerkleProof.NodeHash(Hash(range.Start, range.Start + k), Hash(range.Start + k, range.End));
        });
    }

    /// <summary>The largest power of two smaller than <paramref name="size"/> (size at least 2).</summary>
    private static long Split(long size) => (long)BitOperations.RoundUpToPowerOf2((ulong)size) / 2;
}
