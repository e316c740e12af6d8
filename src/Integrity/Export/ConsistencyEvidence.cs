using System.Text.Json;
using System.Text.Json.Serialization;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// Two signed checkpoints and the proof that the later log extends the earlier one, as one JSON document: an auditor
/// who kept an earlier checkpoint checks with it that nothing logged since was rewritten or removed.
/// </summary>
public sealed record ConsistencyEvidence(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("earlier")] ExportedCheckpoint Earlier,
    [property: JsonPropertyName("later")] ExportedCheckpoint Later,
    [property: JsonPropertyName("proof")] IReadOnlyList<string> Proof,
    [property: JsonPropertyName("publicKey")] string PublicKey)
{
    public const string CurrentFormat = "agreementtracker-consistency/1";

    public static ConsistencyEvidence Of(Checkpoint earlier, Checkpoint later, MerkleTree tree, byte[] publicKey) =>
        new(CurrentFormat, ExportedCheckpoint.Of(earlier), ExportedCheckpoint.Of(later),
            tree.ConsistencyProof(earlier.Size, later.Size).Select(Convert.ToHexStringLower).ToList(), Convert.ToBase64String(publicKey));

    /// <summary>The first thing wrong with the evidence, or null when the later checkpoint provably extends the earlier.</summary>
    public static string? Problem(string json, byte[]? trustedPublicKey)
    {
        try
        {
            var evidence = JsonSerializer.Deserialize<ConsistencyEvidence>(json, ExportVerifier.Strict);
            if (evidence is null || evidence.Format != CurrentFormat)
                return $"the file is not {CurrentFormat} evidence";
            var publicKey = Convert.FromBase64String(evidence.PublicKey);
            if (trustedPublicKey is not null && !trustedPublicKey.AsSpan().SequenceEqual(publicKey))
                return "the evidence names a different public key than the one you trust";
            var (earlier, later) = (evidence.Earlier.ToCheckpoint(), evidence.Later.ToCheckpoint());
            if (!earlier.IsSignedBy(publicKey) || !later.IsSignedBy(publicKey))
                return "a checkpoint's signature does not verify with the public key";
            return MerkleProof.VerifyConsistency(earlier.Size, later.Size, earlier.Root, later.Root, evidence.Proof.Select(Convert.FromHexString).ToList())
                ? null
                : $"the log of {later.Size} entries does not extend the log of {earlier.Size}: its past was changed";
        }
        catch (Exception e) when (e is JsonException or FormatException or System.Security.Cryptography.CryptographicException)
        {
            return $"the file is malformed: {e.Message}";
        }
    }
}
