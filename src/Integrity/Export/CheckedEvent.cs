using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// One event line read and checked on its own, ahead of <see cref="ExportVerifier"/>'s walk through the file: what it
/// says, its hash recomputed from a link, and whether its inclusion proof leads to the root. What would have been
/// thrown is kept, for the walk to throw when it reaches that step of that line.
/// </summary>
internal sealed class CheckedEvent
{
    private const int HexLength = 2 * EventHash.Length;

    /// <summary>Null when the line is not an exported event.</summary>
    public ExportedEvent? Event { get; private init; }

    public ExceptionDispatchInfo? ReadFailure { get; private init; }

    /// <summary>The recomputed hash; null until checked.</summary>
    public byte[]? Hash { get; private set; }

    public bool HashMatches { get; private set; }

    public bool Included { get; private set; }

    public ExceptionDispatchInfo? ProofFailure { get; private set; }

    public static CheckedEvent Read(ReadOnlySpan<byte> line)
    {
        try
        {
            return new CheckedEvent { Event = JsonSerializer.Deserialize<ExportedEvent>(line, ExportVerifier.Strict) };
        }
        catch (JsonException)
        {
            return new CheckedEvent();
        }
        catch (Exception e)
        {
            return new CheckedEvent { ReadFailure = ExceptionDispatchInfo.Capture(e) };
        }
    }

    /// <summary>
    /// Reads and checks a batch's lines. Each line after the first is linked to the hash the line before states: the
    /// walk reaches a line only when the one before matched its stated hash, so that is the link it would use. The
    /// first line's link is the previous batch's, which the walk supplies.
    /// </summary>
    public static CheckedEvent[] CheckAll(LineBatch batch, Checkpoint checkpoint)
    {
        var checkedEvents = new CheckedEvent[batch.Count];
        Span<byte> link = stackalloc byte[EventHash.Length];
        for (var i = 0; i < checkedEvents.Length; i++)
        {
            var line = checkedEvents[i] = Read(batch[i]);
            if (i == 0 || line.Event is not { } e || checkedEvents[i - 1].Event is not { } before)
                continue;
            if (before.StreamId != e.StreamId)
                line.Check(EventHash.Genesis.Span, checkpoint);
            else if (Convert.FromHexString(before.Hash, link, out _, out var written) == OperationStatus.Done && written == EventHash.Length)
                line.Check(link, checkpoint);
        }
        return checkedEvents;
    }

    public void Check(ReadOnlySpan<byte> link, Checkpoint checkpoint)
    {
        var e = Event!;
        var hash = EventHash.Compute(link, e.ToStoredEvent());
        Span<char> hex = stackalloc char[HexLength];
        Convert.TryToHexStringLower(hash, hex, out _);
        (Hash, HashMatches) = (hash, e.Hash.AsSpan().SequenceEqual(hex));
        if (!HashMatches)
            return;
        try
        {
            Included = LeadsToRoot(e, hash, checkpoint);
        }
        catch (Exception thrown)
        {
            ProofFailure = ExceptionDispatchInfo.Capture(thrown);
        }
    }

    // A path hash of another length is decoded only to throw what decoding it throws; decoded, it could not lead to
    // the root of a tree of SHA-256 hashes.
    private static bool LeadsToRoot(ExportedEvent e, byte[] hash, Checkpoint checkpoint)
    {
        var pathLength = e.Inclusion.Count * MerkleProof.HashLength;
        var rented = ArrayPool<byte>.Shared.Rent(pathLength);
        try
        {
            var path = rented.AsSpan(0, pathLength);
            var whole = true;
            for (var i = 0; i < e.Inclusion.Count; i++)
            {
                var text = e.Inclusion[i];
                if (text is null || Convert.FromHexString(text, path.Slice(i * MerkleProof.HashLength, MerkleProof.HashLength), out _, out var written)
                    != OperationStatus.Done || written != MerkleProof.HashLength)
                {
                    Convert.FromHexString(text!);
                    whole = false;
                }
            }
            Span<byte> leafHash = stackalloc byte[MerkleProof.HashLength];
            MerkleProof.LeafHash(hash, leafHash);
            return whole && MerkleProof.VerifyInclusion(e.LogIndex, checkpoint.Size, leafHash, path, checkpoint.Root);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
