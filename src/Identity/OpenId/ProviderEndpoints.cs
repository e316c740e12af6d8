using AgreementTracker.Identity.SignIn;
using Microsoft.AspNetCore;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Identity.OpenId;

/// <summary>
/// The embedded OpenID provider's own steps, as OpenIddict's pass-through endpoints: who the user is at
/// <c>/connect/authorize</c> (the sign-in cookie, else the sign-in page), what goes in the tokens at
/// <c>/connect/token</c>, and signing out at <c>/connect/logout</c>. OpenIddict checks the protocol around them
/// (client, redirect URI, PKCE, codes).
/// </summary>
public static class ProviderEndpoints
{
    public const string Authorization = "/connect/authorize";
    public const string Token = "/connect/token";
    public const string EndSession = "/connect/logout";

    public static void MapProviderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Authorization, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).DisableAntiforgery();
        endpoints.MapPost(Token, TokenAsync).DisableAntiforgery();
        endpoints.MapMethods(EndSession, [HttpMethods.Get, HttpMethods.Post], EndSessionAsync).DisableAntiforgery();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, UserManager<TrackerUser> users, TokenPrincipal tokens)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not pass on the authorization request.");
        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded && !request.HasPromptValue(PromptValues.Login) ? await users.GetUserAsync(cookie.Principal!) : null;
        if (!await tokens.MaySignInAsync(user))
        {
            if (request.HasPromptValue(PromptValues.None))
                return Refuse(Errors.LoginRequired, "Brugeren er ikke logget ind.");
            var back = http.Request.PathBase + http.Request.Path + QueryString.Create(
                http.Request.HasFormContentType ? http.Request.Form.Where(p => p.Key != Parameters.Prompt) : http.Request.Query.Where(p => p.Key != Parameters.Prompt));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [IdentityConstants.ApplicationScheme]);
        }
        return Results.SignIn(await tokens.ForAsync(user!, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext http, UserManager<TrackerUser> users, TokenPrincipal tokens)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("OpenIddict did not pass on the token request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            return Refuse(Errors.UnsupportedGrantType, "Kun autorisationskode og fornyelse understøttes.");
        var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = granted.Principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (!await tokens.MaySignInAsync(user))
            return Refuse(Errors.InvalidGrant, "Brugeren findes ikke længere eller er spærret.");
        return Results.SignIn(await tokens.ForAsync(user!, granted.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext http, SignInManager<TrackerUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = LoginPage.Path }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
