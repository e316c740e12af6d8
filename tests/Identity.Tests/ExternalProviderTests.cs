using System.Net;
using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.Identity.Tokens;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Identity.Tests;

/// <summary>
/// A server configured to trust an external OpenID provider (<c>--Auth:Authority</c>) takes that provider's tokens, found
/// through its discovery document and keys over HTTP, and refuses tokens of its own embedded provider. The external
/// provider here is a real one: another AgreementTracker server, in its own process, on its own database.
/// </summary>
public sealed class ExternalProviderTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Query = "{ organisations { totalCount } }";

    [Fact]
    public async Task The_external_providers_tokens_are_taken_and_the_embedded_ones_refused()
    {
        var providerDatabase = await database.CreateDatabaseAsync();
        await using var provider = await ServerProcess.StartAsync(providerDatabase, $"http://127.0.0.1:{FreeLoopbackPort.Find()}",
            ["--Projections:RunDaemon=false"], ServerProcess.DefaultPatience, signIn: false);
        await using var server = await ServerHost.StartAsync(database, $"--Auth:Authority={provider.Url}/");
        var external = await TestUsers.TokenForProcessAsync(providerDatabase, provider.Url, TestUsers.Coordinator, server.Clock);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(server, external));
        // What the server's own embedded provider would issue: its key, its issuer.
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(server, ForgedTokens.Make(server)));
        await Assert.ThrowsAsync<ScriptTokenException>(() => server.TokenAsync());
    }

    private static async Task<HttpStatusCode> PostAsync(ServerHost server, string token)
    {
        var result = await server.Alba.Scenario(s =>
        {
            s.Post.Json(new { query = Query }).ToUrl("/graphql");
            s.WithBearerToken(token);
            s.IgnoreStatusCode();
        });
        return (HttpStatusCode)result.Context.Response.StatusCode;
    }
}
