using System.Net.WebSockets;
using AgreementTracker.GraphQL.AspNetCore.Http;

namespace AgreementTracker.GraphQL.AspNetCore.WebSockets;

/// <summary>Accepts a WebSocket upgrade for graphql-transport-ws and runs the connection until it closes.</summary>
internal static class GraphQLWebSocketEndpoint
{
    public static async Task AcceptAsync(HttpContext context, GraphQLRequestExecution execution, GraphQLWebSocketOptions options)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLTransportWs.SubProtocol))
        {
            using var refused = await context.WebSockets.AcceptWebSocketAsync();
            await refused.CloseOutputAsync((WebSocketCloseStatus)GraphQLTransportWs.CloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable", context.RequestAborted);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(GraphQLTransportWs.SubProtocol);
        await new GraphQLTransportWsConnection(socket, context, execution, options).RunAsync();
    }
}
