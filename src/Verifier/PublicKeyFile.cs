using System.Security.Cryptography;

namespace AgreementTracker.Verifier;

/// <summary>The server's public key as the auditor keeps it: a PEM file ("-----BEGIN PUBLIC KEY-----").</summary>
internal static class PublicKeyFile
{
    public static byte[] Read(string path)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key.ExportSubjectPublicKeyInfo();
    }
}
