using System.Net;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>Browsers get GraphiQL, bundled from npm into this assembly, with no CDN.</summary>
public sealed class GraphiQLTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private TestGraphQLServer Server => fixture.Server;

    [Fact]
    public async Task A_browser_gets_the_graphiql_page_pointing_at_the_endpoint()
    {
        using var response = await Server.GetAsync("/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", page);
        Assert.Contains("src=\"/graphql/graphiql.js\"", page);
        Assert.Contains("href=\"/graphql/graphiql.css\"", page);
        Assert.DoesNotContain("https://", page);
    }

    [Theory]
    [InlineData("/graphql/graphiql.js", "text/javascript")]
    [InlineData("/graphql/graphiql.css", "text/css")]
    public async Task The_bundle_is_served_from_the_assembly(string path, string mediaType)
    {
        using var response = await Server.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.MediaType());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 10_000);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task The_script_bundles_graphiql_itself()
    {
        using var response = await Server.GetAsync("/graphql/graphiql.js");

        Assert.Contains("graphiql", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_cached_bundle_is_answered_304()
    {
        using var first = await Server.GetAsync("/graphql/graphiql.css");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/graphiql.css");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await Server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task A_client_asking_for_json_gets_graphql_not_the_page()
    {
        using var response = await Server.GetAsync("/graphql?query=%7Bhello%7D", "application/json");

        Assert.Equal("application/json", response.MediaType());
    }
}
