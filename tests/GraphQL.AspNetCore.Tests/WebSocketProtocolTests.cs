using System.Text.Json;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>The graphql-transport-ws protocol: handshake, ping/pong, operations, and each close code.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private TestGraphQLServer _server = null!;

    public async Task InitializeAsync() => _server = await TestGraphQLServer.StartAsync(options =>
    {
        // Generous, so a slow machine never trips it; the 4408 test starts its own impatient server.
        options.WebSockets.ConnectionInitWaitTimeout = TimeSpan.FromSeconds(30);
        options.WebSockets.MaxMessageBytes = 64 * 1024;
        options.WebSockets.AcceptConnection = (_, payload) => ValueTask.FromResult(
            payload is not { ValueKind: JsonValueKind.Object } init
            || !init.TryGetProperty("token", out var token)
            || token.GetString() == "secret");
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_server_speaks_graphql_transport_ws()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);

        Assert.Equal("graphql-transport-ws", client.Socket.SubProtocol);
    }

    [Fact]
    public async Task Connection_init_is_acknowledged()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);

        await client.InitialiseAsync(new { token = "secret" });
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_the_handshake()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);

        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())?["type"]);
        await client.InitialiseAsync();
        await client.SendAsync(new { type = "ping", payload = new { at = 1 } });
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())?["type"]);
    }

    [Fact]
    public async Task An_unsolicited_pong_is_ignored()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (string?)(await client.ReceiveAsync())?["type"]);
    }

    [Fact]
    public async Task A_subscription_streams_next_messages_then_complete()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SubscribeAsync("count", "subscription ($from: Int!) { countdown(from: $from) }", new { from = 2 });

        var values = new List<int>();
        for (var message = await client.ReceiveAsync(); (string?)message!["type"] == "next"; message = await client.ReceiveAsync())
        {
            Assert.Equal("count", (string?)message["id"]);
            values.Add((int)message["payload"]!["data"]!["countdown"]!);
        }
        Assert.Equal([2, 1, 0], values);
    }

    [Fact]
    public async Task A_query_over_the_socket_gets_one_next_and_complete()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SubscribeAsync("q", "{ hello }");

        var next = await client.ReceiveAsync();
        Assert.Equal("next", (string?)next?["type"]);
        Assert.Equal("Hello, world!", (string?)next!["payload"]!["data"]!["hello"]);
        var complete = await client.ReceiveAsync();
        Assert.Equal("complete", (string?)complete?["type"]);
        Assert.Equal("q", (string?)complete!["id"]);
    }

    [Fact]
    public async Task An_invalid_operation_gets_an_error_message_with_graphql_errors()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SubscribeAsync("bad", "subscription { countdown(from: ");

        var error = await client.ReceiveAsync();
        Assert.Equal("error", (string?)error?["type"]);
        Assert.Equal("bad", (string?)error!["id"]);
        Assert.NotEmpty((string?)error["payload"]![0]!["message"] ?? "");
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())?["type"]);
    }

    [Fact]
    public async Task A_failing_event_source_ends_the_operation_with_an_error()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SubscribeAsync("broken", "subscription { brokenStream }");

        Assert.Equal("next", (string?)(await client.ReceiveAsync())?["type"]);
        var error = await client.ReceiveAsync();
        Assert.Equal("error", (string?)error?["type"]);
        Assert.Equal("broken", (string?)error!["id"]);
    }

    [Fact]
    public async Task Complete_from_the_client_stops_the_stream_and_frees_the_id()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();
        await client.SubscribeAsync("endless", "subscription { forever }");
        Assert.Equal("next", (string?)(await client.ReceiveAsync())?["type"]);

        await client.SendAsync(new { id = "endless", type = "complete" });
        await client.SubscribeAsync("endless", "{ hello }");

        // Events already on their way before the complete may still arrive; then the query's answer.
        var message = await client.ReceiveAsync();
        while (message?["payload"]?["data"]?["forever"] is not null) message = await client.ReceiveAsync();
        Assert.Equal("Hello, world!", (string?)message?["payload"]?["data"]?["hello"]);
        Assert.Equal("complete", (string?)(await client.ReceiveAsync())?["type"]);
        await client.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (string?)(await client.ReceiveAsync())?["type"]);
    }

    [Fact]
    public async Task Subscribe_before_the_handshake_closes_4401()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);

        await client.SubscribeAsync("early", "{ hello }");

        Assert.Equal(4401, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_4429()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SendAsync(new { type = "connection_init" });

        Assert.Equal(4429, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task No_connection_init_in_time_closes_4408()
    {
        await using var impatient = await TestGraphQLServer.StartAsync(options =>
            options.WebSockets.ConnectionInitWaitTimeout = TimeSpan.FromMilliseconds(100));
        await using var client = await TransportWsClient.ConnectAsync(impatient);

        Assert.Equal(4408, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task A_refused_connection_closes_4403()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);

        await client.SendAsync(new { type = "connection_init", payload = new { token = "wrong" } });

        Assert.Equal(4403, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task Reusing_the_id_of_a_running_operation_closes_4409()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();
        await client.SubscribeAsync("same", "subscription { forever }");

        await client.SubscribeAsync("same", "subscription { forever }");

        Assert.Equal(4409, await client.ReceiveCloseCodeAsync());
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"payload\": {}}")]
    [InlineData("{\"type\": 7}")]
    [InlineData("{\"type\": \"shout\"}")]
    [InlineData("{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ hello }\"}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"\", \"payload\": {\"query\": \"{ hello }\"}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"x\"}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"x\", \"payload\": {\"query\": 5}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"x\", \"payload\": {\"query\": \"{ hello }\", \"variables\": []}}")]
    public async Task A_malformed_message_closes_4400(string message)
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SendTextAsync(message);

        Assert.Equal(4400, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task An_oversized_message_closes_4400()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server);
        await client.InitialiseAsync();

        await client.SubscribeAsync("big", "{ hello(name: \"" + new string('x', 100 * 1024) + "\") }");

        Assert.Equal(4400, await client.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_4406()
    {
        await using var client = await TransportWsClient.ConnectAsync(_server, subProtocol: null);

        Assert.Equal(4406, await client.ReceiveCloseCodeAsync());
    }
}
