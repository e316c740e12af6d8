using System.Security.Claims;
using System.Text.Json;
using AgreementTracker.Agreements.Access;
using AgreementTracker.Api;
using AgreementTracker.Identity;
using AgreementTracker.Identity.Users;
using AgreementTracker.ReadModels.Organisations;
using Microsoft.AspNetCore.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Server.Api;

/// <summary>
/// Who a request to <c>/graphql</c> comes from: the user its bearer token names, or, only behind the explicit
/// development switch (<c>--Api:DevelopmentIdentity</c>), that identity for a request without a token. Any other request
/// that would run an operation is answered 401 before it reaches the engine. The caller is worked out once per request
/// (per WebSocket, at <c>connection_init</c>): their role, and their organisation from its CVR number in the registry.
/// </summary>
public sealed class ApiCallers(SignInSettings settings, OrganisationReader organisations, string? developmentIdentity)
{
    private static readonly object CallerKey = new();

    public bool AcceptsRequestsWithoutToken => developmentIdentity is not null;

    /// <summary>The caller of a request that passed <see cref="RequireSignedInUserAsync"/> or <see cref="AcceptConnectionAsync"/>.</summary>
    public static ApiCaller CallerOf(HttpContext http) =>
        http.Items[CallerKey] as ApiCaller
        ?? throw new InvalidOperationException("A request without a signed-in user reached the API; the sign-in check before /graphql lets none through.");

    /// <summary>Whether the request runs an operation: a POST, or a GET with a query. The GraphiQL page and its files are
    /// open, and a WebSocket shows its token in <c>connection_init</c> (<see cref="AcceptConnectionAsync"/>), since a
    /// browser cannot set headers on one.</summary>
    public static bool RunsOperation(HttpContext http) =>
        !http.WebSockets.IsWebSocketRequest && (HttpMethods.IsPost(http.Request.Method) || http.Request.Query.ContainsKey("query"));

    /// <summary>Lets an operation through with its caller, or answers 401 with the bearer scheme's challenge (saying why a presented token was refused) and a GraphQL-shaped error.</summary>
    public async Task RequireSignedInUserAsync(HttpContext http, RequestDelegate next)
    {
        if (!RunsOperation(http))
        {
            await next(http);
            return;
        }
        var presented = http.Request.Headers.Authorization.Count > 0;
        if (SignedInSubject(http.User) is not null || (AcceptsRequestsWithoutToken && !presented))
        {
            http.Items[CallerKey] = await ResolveAsync(http);
            await next(http);
            return;
        }
        await http.ChallengeAsync();
        http.Response.ContentType = "application/json; charset=utf-8";
        var message = presented
            ? "Adgangstokenet blev afvist (udløbet, ikke gyldigt endnu, forkert udsteder eller modtager, ugyldig signatur eller uden bruger-id). Log ind igen, og send det nye token som 'Authorization: Bearer <token>'."
            : "Log ind for at bruge API'et, og send adgangstokenet som 'Authorization: Bearer <token>'.";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { errors = new[] { new { message, extensions = new { code = ApiCaller.UnauthenticatedCode } } } });
    }

    /// <summary>
    /// A WebSocket's <c>connection_init</c>: acknowledged when its upgrade request carried a valid token, or its payload
    /// does (<c>{"Authorization": "Bearer …"}</c>), or behind the development switch; else closed with 4403.
    /// </summary>
    public async ValueTask<bool> AcceptConnectionAsync(HttpContext http, JsonElement? payload)
    {
        var token = TokenIn(payload);
        if (SignedInSubject(http.User) is null && token is not null)
        {
            // The upgrade request was authenticated already (without a token), and a handler keeps its result for its
            // request; the token is checked by the same bearer handler on a request of its own.
            await using var scope = http.RequestServices.CreateAsyncScope();
            var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            probe.Request.Headers.Authorization = token;
            var result = await probe.AuthenticateAsync();
            if (result.Succeeded)
                http.User = result.Principal;
        }
        if (SignedInSubject(http.User) is null && !(AcceptsRequestsWithoutToken && token is null))
            return false;
        http.Items[CallerKey] = await ResolveAsync(http);
        return true;
    }

    private static string? TokenIn(JsonElement? payload) =>
        payload is { ValueKind: JsonValueKind.Object } fields
        && (fields.TryGetProperty("Authorization", out var value) || fields.TryGetProperty("authorization", out value))
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private async Task<ApiCaller> ResolveAsync(HttpContext http)
    {
        var correlation = http.Request.Headers[FollowUpApiServices.CorrelationHeader].ToString();
        var correlationId = string.IsNullOrWhiteSpace(correlation) || correlation.Length > 200 ? http.TraceIdentifier : correlation;
        var user = http.User;
        if (SignedInSubject(user) is not { } subject)
        {
            var identity = developmentIdentity!;
            return new ApiCaller(identity, identity, null, new AccessRights(AccessRole.Coordinator, null), correlationId);
        }
        var name = user.FindFirstValue(Claims.Name) ?? user.FindFirstValue(Claims.PreferredUsername) ?? subject;
        return new ApiCaller(subject, name, user.FindFirstValue(settings.OrganisationClaim), await RightsOfAsync(user, http.RequestAborted), correlationId);
    }

    /// <summary>What a signed-in user may read: their role, and their organisation from its CVR number in the registry.</summary>
    public async Task<AccessRights> RightsOfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var cvr = user.FindFirstValue(settings.OrganisationClaim);
        var organisation = cvr is { Length: > 0 } ? await organisations.FindByCvrAsync(cvr, ct) : null;
        return new AccessRights(RoleOf(user), organisation);
    }

    /// <summary>The user a validated token names; a token without a subject names no one, however well it is signed.</summary>
    private static string? SignedInSubject(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirstValue(Claims.Subject) is { Length: > 0 } subject ? subject : null;

    /// <summary>The role that lets the user do most, of those their token names; a user with none is a member of no organisation, who sees and changes nothing.</summary>
    private static AccessRole RoleOf(ClaimsPrincipal user)
    {
        var roles = user.FindAll(Claims.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return roles.Contains(Roles.Coordinator) ? AccessRole.Coordinator
            : roles.Contains(Roles.Auditor) ? AccessRole.Auditor
            : roles.Contains(Roles.Member) ? AccessRole.Member
            : roles.Contains(Roles.Administrator) ? AccessRole.Administrator
            : AccessRole.Member;
    }
}
