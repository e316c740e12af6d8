using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// One signed checkpoint as a JSON document that stands on its own outside the database (a folder, a mail, a print):
/// the log's size, root and time, the signature, and the public key it verifies with. Kept by an auditor, it is the
/// earlier half of later consistency evidence.
/// </summary>
public sealed record PublishedCheckpoint(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("checkpoint")] ExportedCheckpoint Checkpoint,
    [property: JsonPropertyName("publicKey")] string PublicKey)
{
    public const string CurrentFormat = "agreementtracker-checkpoint/1";

    public static PublishedCheckpoint Of(Checkpoint checkpoint, byte[] publicKey) =>
        new(CurrentFormat, ExportedCheckpoint.Of(checkpoint), Convert.ToBase64String(publicKey));

    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    /// <summary>The first thing wrong with the document, or null when its signature verifies with the key.</summary>
    public static string? Problem(string json, byte[]? trustedPublicKey)
    {
        try
        {
            var published = JsonSerializer.Deserialize<PublishedCheckpoint>(json, ExportVerifier.Strict);
            if (published is null || published.Format != CurrentFormat)
                return $"the file is not a {CurrentFormat} document";
            var publicKey = Convert.FromBase64String(published.PublicKey);
            if (trustedPublicKey is not null && !trustedPublicKey.AsSpan().SequenceEqual(publicKey))
                return "the checkpoint names a different public key than the one you trust";
            return published.Checkpoint.ToCheckpoint().IsSignedBy(publicKey) ? null : "the checkpoint's signature does not verify with the public key";
        }
        catch (Exception e) when (e is JsonException or FormatException or System.Security.Cryptography.CryptographicException)
        {
            return $"the file is malformed: {e.Message}";
        }
    }

    // A file for people to read as well: base64's '+' and '/' as they are, not as \u002B (nothing here goes into HTML).
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
