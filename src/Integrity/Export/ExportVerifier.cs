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
/// starting at version 1 with no version missing, and every hash's inclusion proof against the signed root.
/// </summary>
public static class ExportVerifier
{
    // A line missing a field, or with null where the format has none, is not what it claims to be.
    internal static readonly JsonSerializerOptions Strict = new() { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <param name="trustedPublicKey">The key the auditor trusts; without it the export's own key is used, which shows
    /// the file is consistent but not who signed it.</param>
    public static ExportReport Verify(TextReader export, byte[]? trustedPublicKey = null)
    {
        try
        {
            return VerifyLines(export, trustedPublicKey);
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return new ExportReport(0, 0, $"the file is malformed: {e.Message}");
        }
    }

    private static ExportReport VerifyLines(TextReader export, byte[]? trustedPublicKey)
    {
        var manifest = ReadLine<ExportManifest>(export.ReadLine());
        if (manifest is null)
            return new ExportReport(0, 0, "the file does not start with a manifest line");
        if (manifest.Format != ExportManifest.CurrentFormat)
            return new ExportReport(0, 0, $"the format is '{manifest.Format}', not '{ExportManifest.CurrentFormat}'");
        var publicKey = Convert.FromBase64String(manifest.PublicKey);
        if (trustedPublicKey is not null && !trustedPublicKey.AsSpan().SequenceEqual(publicKey))
            return new ExportReport(0, 0, "the export names a different public key than the one you trust");
        var checkpoint = manifest.Checkpoint.ToCheckpoint();
        if (!checkpoint.IsSignedBy(publicKey))
            return new ExportReport(0, 0, "the checkpoint's signature does not verify with the public key");

        long events = 0, streams = 0;
        (Guid Stream, long Version, byte[] Hash)? previous = null;
        for (var line = export.ReadLine(); line is not null; line = export.ReadLine())
        {
            var e = ReadLine<ExportedEvent>(line);
            if (e is null)
                return new ExportReport(events, streams, $"line {events + 2} is not an exported event");
            var (expectedVersion, link) = previous is { } p && p.Stream == e.StreamId ? (p.Version + 1, p.Hash) : (1L, EventHash.Genesis.ToArray());
            if (expectedVersion == 1)
                streams++;
            var where = $"stream {e.StreamId} version {e.Version}";
            if (e.Version != expectedVersion)
                return new ExportReport(events, streams, $"{where}: version {expectedVersion} is missing");
            var hash = EventHash.Compute(link, e.ToStoredEvent());
            if (Convert.ToHexStringLower(hash) != e.Hash)
                return new ExportReport(events, streams, $"{where}: the event's contents do not match its hash");
            if (!MerkleProof.VerifyInclusion(e.LogIndex, checkpoint.Size, MerkleProof.LeafHash(hash), e.Inclusion.Select(Convert.FromHexString).ToList(), checkpoint.Root))
                return new ExportReport(events, streams, $"{where}: its inclusion proof does not lead to the checkpoint's root");
            previous = (e.StreamId, e.Version, hash);
            events++;
        }
        return events == manifest.Events
            ? new ExportReport(events, streams, null)
            : new ExportReport(events, streams, $"the manifest says {manifest.Events} events, the file holds {events}");
    }

    private static T? ReadLine<T>(string? line) where T : class
    {
        if (string.IsNullOrWhiteSpace(line))
            return null;
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
