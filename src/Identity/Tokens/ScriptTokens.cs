using System.Security.Claims;
using AgreementTracker.Identity.Keys;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Identity.Tokens;

/// <summary>
/// An access token for a local user without a browser, for scripts (the <c>token</c> command). OpenIddict issues
/// tokens only inside an OpenID request, so this one is made as its maintainers advise, with IdentityModel: the same
/// claims, issuer, audience, key and type (<c>at+jwt</c>) as a token from the sign-in flow, so the API cannot tell
/// them apart.
/// </summary>
public sealed class ScriptTokens(UserManager<TrackerUser> users, ServerKeys keys, SignInSettings settings, TimeProvider clock)
{
    public const string ClientId = "agreementtracker-script";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    public async Task<string> IssueAsync(string userName, TimeSpan lifetime)
    {
        if (settings.UsesExternalProvider)
            throw new ScriptTokenException($"The server trusts {settings.Authority} for sign-in, so only that provider issues tokens.");
        var user = await users.FindByNameAsync(userName) ?? throw new ScriptTokenException($"There is no user '{userName}'.");
        if (await users.IsLockedOutAsync(user))
            throw new ScriptTokenException($"The user '{userName}' is locked out.");
        var identity = UserClaims.For(user, await users.GetRolesAsync(user), authenticationType: "AgreementTracker");
        identity.AddClaim(new Claim(Claims.ClientId, ClientId));
        identity.AddClaim(new Claim(Claims.JwtId, Guid.NewGuid().ToString()));
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = identity,
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            TokenType = JsonWebTokenTypes.AccessToken,
            SigningCredentials = new SigningCredentials(keys.Signing, SecurityAlgorithms.RsaSha256),
        });
    }
}

public sealed class ScriptTokenException(string message) : Exception(message);
