using System.Security.Claims;
using AgreementTracker.Identity.Keys;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Identity.Tests;

/// <summary>Tokens made with IdentityModel as an attacker, or a provider the server does not trust, would make them: by default with the server's own embedded key and issuer; <c>subject: null</c> leaves out the user it names.</summary>
internal static class ForgedTokens
{
    public static string Make(
        ServerHost server, string? issuer = null, string? audience = null, DateTimeOffset? notBefore = null, SecurityKey? key = null,
        string type = JsonWebTokenTypes.AccessToken, string? subject = "angriber")
    {
        var now = server.Clock.GetUtcNow();
        var from = notBefore ?? now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(new[] { subject is null ? null : new Claim(Claims.Subject, subject), new Claim(Claims.Name, "Angriber"), new Claim(Claims.Role, "koordinator") }.OfType<Claim>()),
            Issuer = issuer ?? server.Services.GetRequiredService<SignInSettings>().Issuer,
            Audience = audience ?? SignInSettings.DefaultAudience,
            IssuedAt = now.UtcDateTime,
            NotBefore = from.UtcDateTime,
            Expires = from.AddHours(1).UtcDateTime,
            TokenType = type,
            SigningCredentials = new SigningCredentials(key ?? server.Services.GetRequiredService<ServerKeys>().Signing, SecurityAlgorithms.RsaSha256),
        });
    }
}
