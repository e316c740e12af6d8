using System.Security.Cryptography;

namespace AgreementTracker.Integrity.Log;

/// <summary>
/// Checks RFC 9162 proofs with nothing but the hashes (section 2.1.3.2 for inclusion, 2.1.4.2 for consistency): what an
/// auditor's verifier runs, with no access to our server or database.
/// </summary>
public static class MerkleProof
{
    public const int HashLength = 32;

    public static byte[] LeafHash(byte[] entry) => SHA256.HashData([0x00, .. entry]);

    /// <summary>The leaf hash of an entry of <see cref="HashLength"/> bytes, written to <paramref name="hash"/>.</summary>
    public static void LeafHash(ReadOnlySpan<byte> entry, Span<byte> hash)
    {
        Span<byte> leaf = stackalloc byte[1 + HashLength];
        leaf[0] = 0x00;
        entry.CopyTo(leaf[1..]);
        SHA256.HashData(leaf, hash);
    }

    public static byte[] NodeHash(byte[] left, byte[] right) => SHA256.HashData([0x01, .. left, .. right]);

    /// <summary>Does <paramref name="path"/> prove that the entry with <paramref name="leafHash"/> is leaf <paramref name="index"/> of the tree with <paramref name="root"/>?</summary>
    public static bool VerifyInclusion(long index, long size, byte[] leafHash, IReadOnlyList<byte[]> path, byte[] root) =>
        leafHash.Length == HashLength && path.All(p => p.Length == HashLength)
        && VerifyInclusion(index, size, leafHash, path.SelectMany(p => p).ToArray(), root);

    /// <summary>The same, with the leaf hash and the path's hashes (one after another) <see cref="HashLength"/> bytes each: no allocation per proof.</summary>
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, ReadOnlySpan<byte> path, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size)
            return false;
        var (fn, sn) = (index, size - 1);
        Span<byte> node = stackalloc byte[1 + 2 * HashLength];
        node[0] = 0x01;
        Span<byte> r = stackalloc byte[HashLength];
        leafHash.CopyTo(r);
        for (var at = 0; at < path.Length; at += HashLength)
        {
            var p = path.Slice(at, HashLength);
            if (sn == 0)
                return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                NodeHash(p, r, node, r);
                while ((fn & 1) == 0 && fn != 0)
                    (fn, sn) = (fn >> 1, sn >> 1);
            }
            else
            {
                NodeHash(r, p, node, r);
            }
            (fn, sn) = (fn >> 1, sn >> 1);
        }
        return sn == 0 && r.SequenceEqual(root);
    }

    // node is 0x01 followed by room for two hashes; the hash may be written over left or right.
    private static void NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> node, Span<byte> hash)
    {
        left.CopyTo(node[1..]);
        right.CopyTo(node[(1 + HashLength)..]);
        SHA256.HashData(node, hash);
    }

    /// <summary>Does <paramref name="proof"/> show that the tree of <paramref name="newSize"/> entries extends the one of <paramref name="oldSize"/>?</summary>
    public static bool VerifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, IReadOnlyList<byte[]> proof)
    {
        if (oldSize < 1 || oldSize > newSize)
            return false;
        if (oldSize == newSize)
            return proof.Count == 0 && oldRoot.AsSpan().SequenceEqual(newRoot);
        if (proof.Count == 0)
            return false;
        var path = (oldSize & (oldSize - 1)) == 0 ? [oldRoot, .. proof] : proof.ToList();
        var (fn, sn) = (oldSize - 1, newSize - 1);
        while ((fn & 1) == 1)
            (fn, sn) = (fn >> 1, sn >> 1);
        var (fr, sr) = (path[0], path[0]);
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
                return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                (fr, sr) = (NodeHash(c, fr), NodeHash(c, sr));
                while ((fn & 1) == 0 && fn != 0)
                    (fn, sn) = (fn >> 1, sn >> 1);
            }
            else
            {
                sr = NodeHash(sr, c);
            }
            (fn, sn) = (fn >> 1, sn >> 1);
        }
        return sn == 0 && fr.AsSpan().SequenceEqual(oldRoot) && sr.AsSpan().SequenceEqual(newRoot);
    }
}
