using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace AgreementTracker.TestSupport;

/// <summary>A bare graphql-transport-ws client for tests: sends exactly what a test says, reports exactly what arrives.</summary>
public sealed class GraphQLWebSocketClient(WebSocket socket) : IAsyncDisposable
{
    /// <summary>Guards against a hang; never a performance expectation.</summary>
    private static readonly TimeSpan PatienceLimit = TimeSpan.FromSeconds(15);

    public WebSocket Socket => socket;

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the socket (see <see cref="WebSocket.CloseStatus"/>).</summary>
    public async Task<JsonObject?> ReceiveAsync()
    {
        using var patience = new CancellationTokenSource(PatienceLimit);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await socket.ReceiveAsync(buffer, patience.Token);
            if (received.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage) return JsonNode.Parse(message.ToArray())!.AsObject();
        }
    }

    /// <summary>Reads until the server closes the socket, and returns its close code.</summary>
    public async Task<int> ReceiveCloseCodeAsync()
    {
        while (await ReceiveAsync() is not null)
        {
        }
        return (int)socket.CloseStatus!.Value;
    }

    public async Task InitialiseAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", (string?)ack?["type"]);
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        socket.Dispose();
    }
}
