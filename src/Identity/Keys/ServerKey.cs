namespace AgreementTracker.Identity.Keys;

/// <summary>A private key of the embedded provider, kept in the database so that every node and the <c>token</c>
/// command sign with the same one.</summary>
public sealed class ServerKey
{
    /// <summary>What the key is for: <see cref="ServerKeys.SigningPurpose"/> or <see cref="ServerKeys.EncryptionPurpose"/>.</summary>
    public string Purpose { get; set; } = "";

    public string PrivateKeyPem { get; set; } = "";

    public DateTimeOffset Created { get; set; }
}
