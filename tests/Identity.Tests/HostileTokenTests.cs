using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AgreementTracker.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace AgreementTracker.Identity.Tests;

/// <summary>
/// Every token the API must not trust is answered 401 with the bearer challenge and a GraphQL-shaped error, and the
/// operation does not run. The forged ones are made with IdentityModel, as an attacker would make them.
/// </summary>
public sealed class HostileTokenTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private const string Query = "{ organisations { nodes { id } } }";
    private ServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ServerHost.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_token_from_the_embedded_provider_is_accepted()
    {
        var (status, body) = await PostAsync(await _server.TokenAsync());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    [Fact]
    public async Task No_token_is_refused() => await RefusedAsync(token: null);

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = await _server.TokenAsync();
        _server.Clock.Advance(TestUsers.TokenLifetime + TimeSpan.FromMinutes(2));
        await RefusedAsync(token);
    }

    [Fact]
    public async Task A_token_not_valid_yet_is_refused() =>
        await RefusedAsync(ForgedTokens.Make(_server, notBefore: _server.Clock.GetUtcNow().AddHours(1)));

    [Fact]
    public async Task A_token_of_another_issuer_is_refused() => await RefusedAsync(ForgedTokens.Make(_server, issuer: "https://login.example.com/"));

    [Fact]
    public async Task A_token_for_another_audience_is_refused() => await RefusedAsync(ForgedTokens.Make(_server, audience: "another-api"));

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused() => await RefusedAsync(ForgedTokens.Make(_server, key: new RsaSecurityKey(RSA.Create(3072))));

    [Fact]
    public async Task An_unsigned_token_with_alg_none_is_refused()
    {
        var signed = ForgedTokens.Make(_server).Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"at+jwt"}""");
        await RefusedAsync($"{header}.{signed[1]}.");
    }

    [Fact]
    public async Task A_token_whose_claims_were_changed_after_signing_is_refused()
    {
        var parts = (await _server.TokenAsync()).Split('.');
        var claims = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Base64UrlEncoder.Decode(parts[1]))!;
        var changed = claims.ToDictionary(c => c.Key, c => c.Key == "role" ? JsonSerializer.SerializeToElement("administrator") : c.Value);
        await RefusedAsync($"{parts[0]}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(changed))}.{parts[2]}");
    }

    [Fact]
    public async Task A_well_signed_token_that_names_no_user_is_refused() => await RefusedAsync(ForgedTokens.Make(_server, subject: null));

    [Fact]
    public async Task An_identity_token_is_not_an_access_token() => await RefusedAsync(ForgedTokens.Make(_server, type: "JWT"));

    private async Task RefusedAsync(string? token)
    {
        var before = await StoredEvents.CountAsync(_server);
        var (status, body) = await PostAsync(token, """mutation { registerOrganisation(input: { name: "Angribers ApS", kind: OTHER }) { createdId } }""");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await StoredEvents.CountAsync(_server));
    }

    private async Task<(HttpStatusCode, JsonElement)> PostAsync(string? token, string query = Query)
    {
        var result = await _server.Alba.Scenario(s =>
        {
            s.Post.Json(new { query }).ToUrl("/graphql");
            if (token is not null)
                s.WithBearerToken(token);
            s.IgnoreStatusCode();
        });
        if (result.Context.Response.StatusCode == 401)
            Assert.StartsWith("Bearer", result.Context.Response.Headers.WWWAuthenticate.ToString());
        return ((HttpStatusCode)result.Context.Response.StatusCode, JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone());
    }
}
