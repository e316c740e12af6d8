using System.Security.Claims;
using OpenIddict.Abstractions;

namespace AgreementTracker.Identity.Users;

/// <summary>
/// The claims that say who a user is, the same in a token from the sign-in flow and one from the <c>token</c> command:
/// subject, display name, user name, roles and organisation (CVR number).
/// </summary>
public static class UserClaims
{
    /// <summary>The claim holding the CVR number of the user's organisation.</summary>
    public const string OrganisationCvr = "organisation_cvr";

    public static ClaimsIdentity For(TrackerUser user, IEnumerable<string> roles, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, OpenIddictConstants.Claims.Name, OpenIddictConstants.Claims.Role);
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.Subject, user.Id));
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.Name, user.DisplayName));
        identity.AddClaim(new Claim(OpenIddictConstants.Claims.PreferredUsername, user.UserName ?? user.Id));
        if (user.Email is { } email)
            identity.AddClaim(new Claim(OpenIddictConstants.Claims.Email, email));
        if (user.OrganisationCvr is { } cvr)
            identity.AddClaim(new Claim(OrganisationCvr, cvr));
        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(OpenIddictConstants.Claims.Role, role));
        }
        return identity;
    }
}
