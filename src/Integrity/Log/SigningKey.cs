using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.Integrity.Log;

/// <summary>
/// The server's own key for signing the log's heads: ECDSA P-256 from .NET itself. The private half lives in a PEM file
/// outside the database (created at first start); the public half is published in <c>integrity.signing_keys</c>.
/// </summary>
public sealed class SigningKey : IDisposable
{
    private readonly ECDsa _key;

    private SigningKey(ECDsa key)
    {
        _key = key;
        PublicKey = key.ExportSubjectPublicKeyInfo();
        Id = IdOf(PublicKey);
    }

    public byte[] PublicKey { get; }

    /// <summary>SHA-256 of the public key, in hex: what a checkpoint names its signer by.</summary>
    public string Id { get; }

    public static string IdOf(byte[] publicKey) => Convert.ToHexStringLower(SHA256.HashData(publicKey));

    /// <summary>The key in <paramref name="path"/>, or a new one written there (readable by its owner only) if there is none.</summary>
    public static SigningKey LoadOrCreate(string path)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        if (File.Exists(path))
        {
            key.ImportFromPem(File.ReadAllText(path));
            return new SigningKey(key);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new SigningKey(key);
    }

    /// <summary>Signs a head of the log, its time cut to the microseconds PostgreSQL keeps, so a stored checkpoint still verifies.</summary>
    public Checkpoint Sign(long size, byte[] root, DateTimeOffset signedAt)
    {
        var at = new DateTimeOffset(signedAt.UtcTicks - signedAt.UtcTicks % 10, TimeSpan.Zero);
        return new(size, root, at, Id, SignText(Checkpoint.SignedText(size, root, at)));
    }

    /// <summary>ECDSA P-256 over SHA-256 of the text's UTF-8 bytes, as IEEE P1363 (r ‖ s, 64 bytes).</summary>
    public byte[] SignText(string text) => _key.SignData(Encoding.UTF8.GetBytes(text), HashAlgorithmName.SHA256);

    /// <summary>Does <paramref name="signature"/> over the text verify with the public key (SubjectPublicKeyInfo)?</summary>
    public static bool Verifies(byte[] publicKey, string text, byte[] signature)
    {
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(publicKey, out _);
        return key.VerifyData(Encoding.UTF8.GetBytes(text), signature, HashAlgorithmName.SHA256);
    }

    public void Dispose() => _key.Dispose();
}
