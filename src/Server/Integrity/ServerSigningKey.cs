using System.Security.Cryptography;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Server.Integrity;

/// <summary>The server's signing key file, and beside it the public half as PEM: the file to hand an auditor.</summary>
public static class ServerSigningKey
{
    /// <summary>The key in <paramref name="keyFile"/> (created at first use), its public half written beside it if missing.</summary>
    public static SigningKey Load(string keyFile)
    {
        var key = SigningKey.LoadOrCreate(keyFile);
        var publicFile = PublicKeyFile(keyFile);
        if (!File.Exists(publicFile))
            File.WriteAllText(publicFile, PemEncoding.WriteString("PUBLIC KEY", key.PublicKey) + "\n");
        return key;
    }

    /// <summary><c>signing-key.pem</c> → <c>signing-key.pub.pem</c>.</summary>
    public static string PublicKeyFile(string keyFile) => Path.ChangeExtension(keyFile, ".pub.pem");
}
