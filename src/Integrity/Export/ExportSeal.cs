using System.Globalization;
using System.Text.Json.Serialization;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// The last line of an export: the SHA-256 of every byte before it, signed with the checkpoint's key. It makes the
/// server answerable for the whole file (scope, event count, stream heads, states, sequence numbers), as a signed
/// certificate timestamp makes a CT log answerable for its promise: a seal over an export that leaves out what the
/// signed log holds is the server's own signed proof of the omission.
/// </summary>
public sealed record ExportSeal(
    [property: JsonPropertyName("digest")] string Digest,
    [property: JsonPropertyName("signature")] string Signature)
{
    /// <summary>Names what is signed, so a seal's signature means nothing as a checkpoint's, and the reverse.</summary>
    public const string Origin = "AgreementTracker history export v2";

    public static string SignedText(string digest) => string.Create(CultureInfo.InvariantCulture, $"{Origin}\n{digest}\n");

    public static ExportSeal Of(byte[] digest, SigningKey key)
    {
        var hex = Convert.ToHexStringLower(digest);
        return new ExportSeal(hex, Convert.ToHexStringLower(key.SignText(SignedText(hex))));
    }
}
