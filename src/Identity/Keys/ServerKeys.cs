using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace AgreementTracker.Identity.Keys;

/// <summary>
/// The embedded provider's RSA keys: one signs tokens (its public half is published at <c>/.well-known/jwks</c>), one
/// encrypts what only the provider reads back (authorization codes, refresh tokens). Made at the first start and
/// kept in the database; loaded once at start-up, before the first request needs them.
/// </summary>
public sealed class ServerKeys
{
    public const string SigningPurpose = "token-signing";
    public const string EncryptionPurpose = "token-encryption";

    private RsaSecurityKey? _signing;
    private RsaSecurityKey? _encryption;

    public RsaSecurityKey Signing => _signing ?? throw NotLoaded();

    public RsaSecurityKey Encryption => _encryption ?? throw NotLoaded();

    public async Task LoadAsync(IdentityDatabase database, TimeProvider clock, CancellationToken ct)
    {
        _signing = await LoadOrCreateAsync(database, SigningPurpose, clock, ct);
        _encryption = await LoadOrCreateAsync(database, EncryptionPurpose, clock, ct);
    }

    /// <summary>The stored key for the purpose, or a new one stored; <see cref="IdentityServices.PrepareSignInAsync"/> lets one node at a time get here.</summary>
    private static async Task<RsaSecurityKey> LoadOrCreateAsync(IdentityDatabase database, string purpose, TimeProvider clock, CancellationToken ct)
    {
        var stored = await database.ServerKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Purpose == purpose, ct);
        if (stored is null)
        {
            using var rsa = RSA.Create(3072);
            stored = new ServerKey { Purpose = purpose, PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(), Created = clock.GetUtcNow() };
            database.ServerKeys.Add(stored);
            await database.SaveChangesAsync(ct);
        }
        return KeyOf(stored.PrivateKeyPem);
    }

    /// <summary>The key id is the key's own JWK thumbprint, so every process that loads the key names it alike.</summary>
    private static RsaSecurityKey KeyOf(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    private static InvalidOperationException NotLoaded() =>
        new("The provider's keys are read from the database at start-up; nothing may issue or check a token before that.");
}
