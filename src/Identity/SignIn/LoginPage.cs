using System.Text.Encodings.Web;
using System.Text.Unicode;
using AgreementTracker.Identity.Users;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AgreementTracker.Identity.SignIn;

/// <summary>
/// The embedded provider's sign-in page, in Danish: user name and password, checked by ASP.NET Core Identity with
/// lockout after repeated failures, then back to where the sign-in began (the provider's authorization step).
/// </summary>
public static class LoginPage
{
    public const string Path = "/konto/log-ind";

    public static void MapLoginPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, LocalOrRoot(returnUrl), userName: "", problem: null));
        endpoints.MapPost(Path, SignInAsync);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<TrackerUser> signIn,
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var back = LocalOrRoot(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            return Page(http, antiforgery, back, userName ?? "", new Problem(string.IsNullOrWhiteSpace(userName) ? "userName" : "password",
                string.IsNullOrWhiteSpace(userName) ? "Skriv dit brugernavn." : "Skriv din adgangskode."));
        var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return Results.LocalRedirect(back);
        var problem = result.IsLockedOut
            ? new Problem("userName", "Kontoen er spærret efter for mange forkerte forsøg. Prøv igen om 15 minutter, eller kontakt din administrator.")
            : new Problem("password", "Brugernavn eller adgangskode er forkert.");
        return Page(http, antiforgery, back, userName, problem);
    }

    private sealed record Problem(string Field, string Message);

    /// <summary>Only a path on this server: a sign-in page must never send the user on to another site.</summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";

    /// <summary>Escapes markup but leaves Danish letters as they are.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string returnUrl, string userName, Problem? problem)
    {
        var token = antiforgery.GetAndStoreTokens(http);
        var summary = problem is null ? "" : $"""
            <div class="fejl" role="alert" aria-labelledby="fejl-titel" tabindex="-1" id="fejl">
              <h2 id="fejl-titel">Der er en fejl</h2>
              <p><a href="#{problem.Field}">{Html.Encode(problem.Message)}</a></p>
            </div>
            """;
        string Invalid(string field) => problem?.Field == field ? " aria-invalid=\"true\" aria-describedby=\"fejl-titel\"" : "";
        http.Response.Headers.CacheControl = "no-store";
        // img-src: the server's /favicon.ico, which the browser fetches by itself for the tab.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return Results.Content($$"""
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{(problem is null ? "" : "Fejl: ")}}Log ind – AgreementTracker</title>
            <style>
              body { font-family: "IBM Plex Sans", Arial, sans-serif; margin: 0; color: #1a1a1a; }
              header { background: #1a1a1a; color: #fff; padding: 1rem 2rem; font-weight: 600; }
              main { max-width: 28rem; margin: 2rem auto; padding: 0 1rem; }
              label { display: block; font-weight: 600; margin-top: 1.5rem; }
              input { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; padding: .5rem; margin-top: .25rem; border: 1px solid #747474; }
              input:focus, button:focus, a:focus { outline: 3px solid #0059b3; outline-offset: 2px; }
              button { margin-top: 2rem; font-size: 1rem; padding: .75rem 1.5rem; background: #0059b3; color: #fff; border: 0; cursor: pointer; }
              .fejl { border-left: 6px solid #b51d09; background: #fbe9e6; padding: .5rem 1rem; }
              .fejl a { color: #b51d09; }
            </style>
            </head>
            <body>
            <header>AgreementTracker · Business Region North Denmark</header>
            <main>
            <h1>Log ind</h1>
            {{summary}}
            <form method="post" action="{{Path}}" novalidate>
              <input type="hidden" name="{{Html.Encode(token.FormFieldName)}}" value="{{Html.Encode(token.RequestToken ?? "")}}">
              <input type="hidden" name="returnUrl" value="{{Html.Encode(returnUrl)}}">
              <label for="userName">Brugernavn</label>
              <input id="userName" name="userName" autocomplete="username" required value="{{Html.Encode(userName)}}"{{Invalid("userName")}}>
              <label for="password">Adgangskode</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required{{Invalid("password")}}>
              <button type="submit">Log ind</button>
            </form>
            </main>
            </body>
            </html>
            """, "text/html; charset=utf-8", statusCode: problem is null ? 200 : 400);
    }
}
