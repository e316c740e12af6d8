using AgreementTracker.TestSupport;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>Opens a graphql-transport-ws connection to the test server, with the subprotocol a test asks for (or none).</summary>
internal static class TransportWsClient
{
    public static async Task<GraphQLWebSocketClient> ConnectAsync(TestGraphQLServer server, string? subProtocol = "graphql-transport-ws")
    {
        var client = server.CreateWebSocketClient();
        if (subProtocol is not null) client.SubProtocols.Add(subProtocol);
        return new GraphQLWebSocketClient(await client.ConnectAsync(server.WebSocketUri, CancellationToken.None));
    }
}
