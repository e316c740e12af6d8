using System.Security.Cryptography;
using System.Text.Json;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Export;

/// <summary>What checking an export found: how much was checked, and the first thing wrong, if anything.</summary>
public sealed record ExportReport(long EventsVerified, long StreamsVerified, string? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>
/// Checks an export with nothing but the file (and, better, the server's public key obtained some other way): the
/// checkpoint's signature, every event's hash recomputed from its fields and its stream's previous hash, every stream
/// starting at version 1 with no version missing, once, and ending at the head the manifest lists, every hash's
/// inclusion proof against the signed root, the seal's signature over every byte before it, and, in an export of the
/// whole log, an event at every log index.
/// </summary>
public static class ExportVerifier
{
    // A line missing a field, or with null where the format has none, is not what it claims to be.
    internal static readonly JsonSerializerOptions Strict = new() { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    // Batches read and checked ahead of the walk: enough to keep every core busy while the walk catches up.
    private static readonly int BatchesAhead = 2 * Environment.ProcessorCount + 2;

    /// <param name="trustedPublicKey">The key the auditor trusts; without it the export's own key is used, which shows
    /// the file is consistent but not who signed it.</param>
    /// <param name="verified">Told the manifest once its checkpoint verifies, then each event as it is accepted.</param>
    public static ExportReport Verify(Stream export, byte[]? trustedPublicKey = null, IVerifiedEvents? verified = null)
    {
        var progress = new Progress();
        try
        {
            return progress.Report(VerifyLines(new ExportFileLines(export), trustedPublicKey, verified, progress));
        }
        catch (Exception e) when (e is FormatException or CryptographicException)
        {
            return progress.Report($"the file is malformed: {e.Message}");
        }
    }

    private sealed class Progress
    {
        public long Events, Streams;

        public ExportReport Report(string? problem) => new(Events, Streams, problem);
    }

    private static string? VerifyLines(ExportFileLines lines, byte[]? trustedPublicKey, IVerifiedEvents? verified, Progress progress)
    {
        var firstBatch = lines.Next(oneLine: true);
        var manifest = firstBatch is null ? null : ReadLine<ExportManifest>(firstBatch[0]);
        if (manifest is null)
            return "the file does not start with a manifest line";
        if (manifest.Format != ExportManifest.CurrentFormat)
            return $"the format is '{manifest.Format}', not '{ExportManifest.CurrentFormat}'";
        var publicKey = Convert.FromBase64String(manifest.PublicKey);
        if (trustedPublicKey is not null && !trustedPublicKey.AsSpan().SequenceEqual(publicKey))
            return "the export names a different public key than the one you trust";
        var checkpoint = manifest.Checkpoint.ToCheckpoint();
        if (!checkpoint.IsSignedBy(publicKey))
            return "the checkpoint's signature does not verify with the public key";
        var heads = new Dictionary<Guid, StreamHead>();
        foreach (var head in manifest.Streams)
            if (!heads.TryAdd(head.StreamId, head))
                return $"the manifest lists stream {head.StreamId} twice";
        verified?.Manifest(manifest);

        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AppendLine(digest, firstBatch![0]);
        firstBatch.Release();
        var seen = new HashSet<Guid>();
        var logIndexes = new List<long>();
        (Guid Stream, long Version, byte[] Hash)? previous = null;
        ExportSeal? seal = null;
        var ahead = new Queue<(LineBatch Lines, Task<CheckedEvent[]> Checked)>();
        while (ReadAhead(lines, ahead, checkpoint) && ahead.Dequeue() is var (batch, checking))
        {
            var checkedEvents = checking.Result;
            var isLast = !ReadAhead(lines, ahead, checkpoint);
            for (var i = 0; i < batch.Count; i++)
            {
                if (isLast && i == batch.Count - 1)
                {
                    seal = lines.EndsWithLineFeed ? ReadLine<ExportSeal>(batch[i]) : null;
                    break;
                }
                var line = checkedEvents[i];
                line.ReadFailure?.Throw();
                if (line.Event is not { } e)
                    return $"line {progress.Events + 2} is not an exported event";
                var continues = previous is { } p && p.Stream == e.StreamId;
                if (!continues)
                {
                    if (previous is { } ended && EndProblem(ended, heads) is { } endProblem)
                        return endProblem;
                    if (!heads.ContainsKey(e.StreamId))
                        return $"stream {e.StreamId} is not listed in the manifest";
                    if (!seen.Add(e.StreamId))
                        return $"stream {e.StreamId} appears twice in the file";
                    progress.Streams++;
                }
                var expectedVersion = continues ? previous!.Value.Version + 1 : 1L;
                if (e.Version != expectedVersion)
                    return $"stream {e.StreamId} version {e.Version}: version {expectedVersion} is missing";
                if (line.Hash is null)
                    line.Check(continues ? previous!.Value.Hash : EventHash.Genesis.Span, checkpoint);
                if (!line.HashMatches)
                    return $"stream {e.StreamId} version {e.Version}: the event's contents do not match its hash";
                line.ProofFailure?.Throw();
                if (!line.Included)
                    return $"stream {e.StreamId} version {e.Version}: its inclusion proof does not lead to the checkpoint's root";
                previous = (e.StreamId, e.Version, line.Hash!);
                if (manifest.WholeLog)
                    logIndexes.Add(e.LogIndex);
                progress.Events++;
                AppendLine(digest, batch[i]);
                verified?.Event(e);
            }
            batch.Release();
        }
        if (seal is null)
            return "the file does not end with a seal line";
        if (previous is { } last && EndProblem(last, heads) is { } lastProblem)
            return lastProblem;
        if (progress.Events != manifest.Events)
            return $"the manifest says {manifest.Events} events, the file holds {progress.Events}";
        if (manifest.Streams.FirstOrDefault(h => !seen.Contains(h.StreamId)) is { } absent)
            return $"stream {absent.StreamId} is listed in the manifest but not in the file";
        return SealProblem(seal, digest.GetHashAndReset(), publicKey)
            ?? (manifest.WholeLog && FirstIndexMissing(logIndexes, checkpoint.Size) is { } missing
                ? $"the export is of the whole log, but no event has log index {missing}"
                : null);
    }

    /// <summary>
    /// The first index of the log of <paramref name="size"/> entries that no event has, or null. The indexes are kept
    /// as the file gives them, not in a set of the checkpoint's size, which the file states too.
    /// </summary>
    private static long? FirstIndexMissing(List<long> logIndexes, long size)
    {
        logIndexes.Sort();
        long next = 0;
        foreach (var index in logIndexes)
        {
            if (index > next)
                return next;
            if (index == next)
                next++;
        }
        return next < size ? next : null;
    }

    /// <summary>Starts checking batches until enough are ahead of the walk; false when none is left to walk.</summary>
    private static bool ReadAhead(ExportFileLines lines, Queue<(LineBatch, Task<CheckedEvent[]>)> ahead, Checkpoint checkpoint)
    {
        while (ahead.Count < BatchesAhead && lines.Next() is { } batch)
            ahead.Enqueue((batch, Task.Run(() => CheckedEvent.CheckAll(batch, checkpoint))));
        return ahead.Count > 0;
    }

    private static string? EndProblem((Guid Stream, long Version, byte[] Hash) ended, Dictionary<Guid, StreamHead> heads) =>
        heads[ended.Stream] is var head && head.Version == ended.Version && head.Hash == Convert.ToHexStringLower(ended.Hash)
            ? null
            : $"stream {ended.Stream} ends at version {ended.Version} in the file, not at the head the manifest lists";

    private static string? SealProblem(ExportSeal seal, byte[] digest, byte[] publicKey)
    {
        if (seal.Digest != Convert.ToHexStringLower(digest))
            return "the file's bytes do not match its seal";
        return IsLowercaseHex(seal.Signature) && SigningKey.Verifies(publicKey, ExportSeal.SignedText(seal.Digest), Convert.FromHexString(seal.Signature))
            ? null
            : "the seal's signature does not verify with the public key";
    }

    private static bool IsLowercaseHex(string text) => text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static void AppendLine(IncrementalHash digest, ReadOnlySpan<byte> line)
    {
        digest.AppendData(line);
        digest.AppendData("\n"u8);
    }

    private static T? ReadLine<T>(ReadOnlySpan<byte> line) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(line, Strict);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
