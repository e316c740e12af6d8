using AgreementTracker.TestSupport;

namespace AgreementTracker.Identity.Tests;

/// <summary>A browser cannot set headers on a WebSocket, so it shows its token in <c>connection_init</c>; without a valid one the connection is closed with 4403.</summary>
public sealed class WebSocketSignInTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private const int Forbidden = 4403;
    private ServerHost _server = null!;

    public async Task InitializeAsync() => _server = await ServerHost.StartAsync(database);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_token_in_connection_init_is_acknowledged()
    {
        await using var socket = await _server.ConnectWebSocketAsync();
    }

    [Fact]
    public async Task A_connection_without_a_token_is_closed_as_forbidden()
    {
        await using var socket = await _server.OpenWebSocketAsync();
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal(Forbidden, await socket.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task A_connection_with_a_forged_token_is_closed_as_forbidden()
    {
        var parts = (await _server.TokenAsync()).Split('.');
        await using var socket = await _server.OpenWebSocketAsync();
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {parts[0]}.{parts[1]}.{parts[2][..^4]}AAAA" } });
        Assert.Equal(Forbidden, await socket.ReceiveCloseCodeAsync());
    }

    [Fact]
    public async Task A_connection_with_a_token_that_names_no_user_is_closed_as_forbidden()
    {
        await using var socket = await _server.OpenWebSocketAsync();
        await socket.SendAsync(new { type = "connection_init", payload = new { Authorization = $"Bearer {ForgedTokens.Make(_server, subject: null)}" } });
        Assert.Equal(Forbidden, await socket.ReceiveCloseCodeAsync());
    }
}
