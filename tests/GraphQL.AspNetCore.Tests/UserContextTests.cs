namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>The server's UserContext hook: what resolvers see as the request's user, over HTTP and WebSocket.</summary>
public sealed class UserContextTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync(options =>
        options.UserContext = context => context.Request.Headers["X-User"].ToString() is { Length: > 0 } user ? user : "anonymous");

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Resolvers_see_the_user_context_made_from_the_http_request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ viewer }\"}", null, "application/json") };
        request.Headers.Add("X-User", "karen@brn.dk");

        using var response = await _server.Client.SendAsync(request);

        Assert.Equal("karen@brn.dk", (string?)(await response.JsonBodyAsync())["data"]!["viewer"]);
    }

    [Fact]
    public async Task Resolvers_see_the_user_context_made_from_the_websocket_upgrade()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SubscribeAsync("me", "{ viewer }");

        Assert.Equal("anonymous", (string?)(await client.ReceiveAsync())?["payload"]?["data"]?["viewer"]);
    }
}
