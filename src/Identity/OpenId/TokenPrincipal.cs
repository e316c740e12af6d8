using System.Collections.Immutable;
using System.Security.Claims;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Identity.OpenId;

/// <summary>What the provider puts in a user's tokens, made afresh from the account at every sign-in and refresh, so
/// that a changed role or a removed user shows in the next token.</summary>
public sealed class TokenPrincipal(UserManager<TrackerUser> users, SignInSettings settings)
{
    public async Task<ClaimsPrincipal> ForAsync(TrackerUser user, ImmutableArray<string> scopes)
    {
        var identity = UserClaims.For(user, await users.GetRolesAsync(user), authenticationType: "AgreementTracker");
        identity.SetScopes(scopes);
        identity.SetResources(settings.Audience);
        identity.SetDestinations(claim => claim.Type switch
        {
            Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Name or Claims.PreferredUsername or UserClaims.OrganisationCvr when identity.HasScope(Scopes.Profile) =>
                [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Email when identity.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
            Claims.Role when identity.HasScope(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Whether the account may still get tokens: it exists and is not locked out.</summary>
    public async Task<bool> MaySignInAsync(TrackerUser? user) => user is not null && !await users.IsLockedOutAsync(user);
}
