using System.Security.Claims;
using System.Text.Json;
using AgreementTracker.Api;
using AgreementTracker.Identity;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AgreementTracker.Server.Api;

/// <summary>
/// Who a request to <c>/graphql</c> comes from: the user its bearer token names, or, only behind the explicit
/// development switch (<c>--Api:DevelopmentIdentity</c>), that identity for a request without a token. Any other request
/// that would run an operation is answered 401 before it reaches the engine.
/// </summary>
public sealed class ApiCallers(SignInSettings settings, string? developmentIdentity)
{
    public const string UnauthenticatedCode = "UNAUTHENTICATED";

    public bool AcceptsRequestsWithoutToken => developmentIdentity is not null;

    public ApiCaller CallerOf(HttpContext http)
    {
        var correlation = http.Request.Headers[FollowUpApiServices.CorrelationHeader].ToString();
        var correlationId = string.IsNullOrWhiteSpace(correlation) || correlation.Length > 200 ? http.TraceIdentifier : correlation;
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(Claims.Subject) is not { Length: > 0 } subject)
        {
            return developmentIdentity is { } identity
                ? new ApiCaller(identity, identity, null, [Roles.Coordinator], correlationId)
                : throw new InvalidOperationException("A request without a signed-in user reached the API; the sign-in check before /graphql lets none through.");
        }
        var name = user.FindFirstValue(Claims.Name) ?? user.FindFirstValue(Claims.PreferredUsername) ?? subject;
        return new ApiCaller(subject, name, user.FindFirstValue(settings.OrganisationClaim), user.FindAll(Claims.Role).Select(c => c.Value).ToList(), correlationId);
    }

    /// <summary>Whether the request runs an operation: a POST, a WebSocket, or a GET with a query. The GraphiQL page and its files are open, as is the sign-in that gets a token.</summary>
    public static bool RunsOperation(HttpContext http) =>
        http.WebSockets.IsWebSocketRequest || HttpMethods.IsPost(http.Request.Method) || http.Request.Query.ContainsKey("query");

    /// <summary>401 with the bearer scheme's challenge (saying why a presented token was refused) and a GraphQL-shaped error.</summary>
    public async Task RequireSignedInUserAsync(HttpContext http, RequestDelegate next)
    {
        if (http.User.Identity?.IsAuthenticated == true || AcceptsRequestsWithoutToken || !RunsOperation(http))
        {
            await next(http);
            return;
        }
        await http.ChallengeAsync();
        http.Response.ContentType = "application/json; charset=utf-8";
        var presented = http.Request.Headers.Authorization.Count > 0;
        var message = presented
            ? "Adgangstokenet blev afvist (udløbet, ikke gyldigt endnu, forkert udsteder eller modtager, eller ugyldig signatur). Log ind igen, og send det nye token som 'Authorization: Bearer <token>'."
            : "Log ind for at bruge API'et, og send adgangstokenet som 'Authorization: Bearer <token>'.";
        await JsonSerializer.SerializeAsync(http.Response.Body, new { errors = new[] { new { message, extensions = new { code = UnauthenticatedCode } } } });
    }
}
