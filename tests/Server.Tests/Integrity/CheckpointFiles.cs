using System.Security.Cryptography;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>A test's own folder for the signing key and the checkpoint folder, removed afterwards.</summary>
public sealed class CheckpointFiles : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("agreementtracker-checkpoints-").FullName;

    public string KeyFile => Path.Combine(Root, "keys", "signing-key.pem");

    public string PublicKeyFile => Path.Combine(Root, "keys", "signing-key.pub.pem");

    public string Folder => Path.Combine(Root, "checkpoints");

    /// <summary>The server options that point its key and checkpoint folder here.</summary>
    public string[] Options => [$"--Integrity:SigningKeyFile={KeyFile}", $"--Integrity:CheckpointFolder={Folder}"];

    public string[] Written() => Directory.Exists(Folder) ? Directory.GetFiles(Folder) : [];

    /// <summary>The public key as an auditor receives it: the PEM file written beside the key.</summary>
    public byte[] PublicKey()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(PublicKeyFile));
        return key.ExportSubjectPublicKeyInfo();
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
