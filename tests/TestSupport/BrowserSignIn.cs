using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementTracker.Identity;
using AgreementTracker.Identity.OpenId;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace AgreementTracker.TestSupport;

/// <summary>
/// What a browser client does to sign in at the embedded provider: the authorization code flow with PKCE, through the
/// sign-in page, with cookies kept between steps and no redirect followed by itself, so each step can be checked.
/// </summary>
public sealed partial class BrowserSignIn : IDisposable
{
    private readonly HttpClient _browser;
    private readonly string _redirectUri;

    public BrowserSignIn(ServerHost server)
    {
        _browser = new HttpClient(new CookieJar(server.Alba.Server.CreateHandler())) { BaseAddress = new Uri("http://localhost/") };
        _redirectUri = BrowserClient.RedirectUris(server.Services.GetRequiredService<SignInSettings>()).Last().ToString();
    }

    public HttpClient Browser => _browser;

    /// <summary>The authorization request a client starts with, and the PKCE verifier it keeps for the token request.</summary>
    public (string Url, string Verifier) AuthorizationRequest()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var query = new Dictionary<string, string>
        {
            ["client_id"] = BrowserClient.ClientId, ["response_type"] = "code", ["redirect_uri"] = _redirectUri,
            ["scope"] = $"openid profile roles {BrowserClient.ApiScope}", ["state"] = "tilstand", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        };
        return ($"{ProviderEndpoints.Authorization}?{string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}", verifier);
    }

    /// <summary>The sign-in page's form posted with <paramref name="userName"/> and <paramref name="password"/>, from the page the authorization request led to.</summary>
    public async Task<HttpResponseMessage> SubmitSignInAsync(string signInPage, string userName, string password)
    {
        var page = await _browser.GetStringAsync(signInPage);
        var fields = HiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["userName"] = userName;
        fields["password"] = password;
        return await _browser.PostAsync("/konto/log-ind", new FormUrlEncodedContent(fields));
    }

    /// <summary>The whole flow for a user whose password is right: an access token.</summary>
    public async Task<string> SignInAsync(string userName, string password)
    {
        var (url, verifier) = AuthorizationRequest();
        using var toSignIn = await _browser.GetAsync(url);
        using var signedIn = await SubmitSignInAsync(toSignIn.Headers.Location!.OriginalString, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var withCode = await _browser.GetAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(withCode.Headers.Location!.Query)["code"].ToString();
        return await ExchangeAsync(code, verifier);
    }

    public async Task<string> ExchangeAsync(string code, string verifier)
    {
        using var response = await _browser.PostAsync(ProviderEndpoints.Token, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = _redirectUri, ["client_id"] = BrowserClient.ClientId, ["code_verifier"] = verifier,
        }));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.IsSuccessStatusCode, body.ToString());
        return body.GetProperty("access_token").GetString()!;
    }

    public void Dispose() => _browser.Dispose();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();

    /// <summary>Keeps the cookies a response sets and sends them with the next request, as a browser does.</summary>
    private sealed class CookieJar(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var uri = request.RequestUri!;
            if (_cookies.GetCookieHeader(uri) is { Length: > 0 } header)
                request.Headers.Add("Cookie", header);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                    _cookies.SetCookies(uri, cookie);
            }
            return response;
        }
    }
}
