using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Identity.OpenId;

/// <summary>
/// The browser client the embedded provider knows: GraphiQL and the web front end, served by this server. A public
/// client (a browser keeps no secret), so it must use the authorization code flow with PKCE.
/// </summary>
public static class BrowserClient
{
    public const string ClientId = "agreementtracker-web";

    /// <summary>The scope that asks for an access token to this API.</summary>
    public const string ApiScope = "agreements";

    /// <summary>What the browser asks for: who the user is, their role and organisation, and a token for the API.</summary>
    public const string Scopes = "openid profile roles " + ApiScope;

    /// <summary>Registers the client, or brings its registration up to date with this server's issuer.</summary>
    public static async Task EnsureRegisteredAsync(IOpenIddictApplicationManager applications, SignInSettings settings, CancellationToken ct)
    {
        var descriptor = Descriptor(settings);
        var existing = await applications.FindByClientIdAsync(ClientId, ct);
        if (existing is null)
        {
            await applications.CreateAsync(descriptor, ct);
            return;
        }
        await applications.UpdateAsync(existing, descriptor, ct);
    }

    public static IEnumerable<Uri> RedirectUris(SignInSettings settings) =>
        [new Uri(settings.Issuer), new Uri(settings.Issuer + "graphql")];

    private static OpenIddictApplicationDescriptor Descriptor(SignInSettings settings)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "AgreementTracker",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles, Permissions.Prefixes.Scope + ApiScope,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in RedirectUris(settings))
        {
            descriptor.RedirectUris.Add(uri);
            descriptor.PostLogoutRedirectUris.Add(uri);
        }
        return descriptor;
    }
}
