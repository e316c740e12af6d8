using System.Globalization;

namespace AgreementTracker.Integrity.Log;

/// <summary>
/// A signed head of the log: its size and root at a moment, signed with ECDSA P-256 over SHA-256. The signed text is a
/// few lines anyone can rebuild (<see cref="SignedText"/>), so a verifier needs only this record and the public key.
/// </summary>
public sealed record Checkpoint(long Size, byte[] Root, DateTimeOffset SignedAt, string KeyId, byte[] Signature)
{
    /// <summary>Names what is signed, so a signature over it means nothing anywhere else.</summary>
    public const string Origin = "AgreementTracker event log v1";

    public static string SignedText(long size, byte[] root, DateTimeOffset signedAt) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Origin}\n{size}\n{Convert.ToBase64String(root)}\n{signedAt.ToUniversalTime():yyyy-MM-ddTHH:mm:ss.ffffffZ}\n");

    /// <summary>Is this checkpoint signed by the key whose public half (SubjectPublicKeyInfo) is given?</summary>
    public bool IsSignedBy(byte[] publicKey) =>
        KeyId == SigningKey.IdOf(publicKey) && SigningKey.Verifies(publicKey, SignedText(Size, Root, SignedAt), Signature);
}
