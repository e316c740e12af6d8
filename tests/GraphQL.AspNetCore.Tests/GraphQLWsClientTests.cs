using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>A real client no one here wrote: the npm graphql-ws client subscribes over a real socket to Kestrel.</summary>
public sealed class GraphQLWsClientTests(KestrelServerFixture server) : IClassFixture<KestrelServerFixture>
{
    private string SocketUrl => server.Endpoint.ToString().Replace("http://", "ws://");

    [Fact]
    public async Task The_graphql_ws_client_subscribes_and_receives_every_event()
    {
        var lines = await NpmClients.RunAsync("subscribe.mjs", SocketUrl, "subscription Countdown($from: Int!) { countdown(from: $from) }", "{\"from\": 3}");

        var events = lines.Where(line => line["next"] is not null).Select(line => (int)line["next"]!["data"]!["countdown"]!);
        Assert.Equal([3, 2, 1, 0], events);
        Assert.True((bool?)lines[^1]["complete"]);
    }

    [Fact]
    public async Task The_graphql_ws_client_runs_a_query_over_the_socket()
    {
        var lines = await NpmClients.RunAsync("subscribe.mjs", SocketUrl, "{ hello(name: \"Frederikshavn\") }");

        Assert.Equal("Hello, Frederikshavn!", (string?)lines[0]["next"]!["data"]!["hello"]);
        Assert.True((bool?)lines[^1]["complete"]);
    }

    [Fact]
    public async Task The_graphql_ws_client_receives_graphql_errors_for_a_bad_document()
    {
        var lines = await NpmClients.RunAsync("subscribe.mjs", SocketUrl, "subscription { countdown(from: }");

        var errors = Assert.IsType<JsonArray>(lines.Single()["error"]);
        Assert.Contains("Syntax Error", (string?)errors[0]!["message"]);
    }
}
