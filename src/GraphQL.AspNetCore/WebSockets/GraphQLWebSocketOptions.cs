using System.Text.Json;

namespace AgreementTracker.GraphQL.AspNetCore.WebSockets;

/// <summary>Settings of the graphql-transport-ws endpoint.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>How long a client may take to send connection_init before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The largest message accepted; a bigger one closes the socket with 4400.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Decides whether to acknowledge a connection, given the connection_init payload (null when none);
    /// false closes the socket with 4403 Forbidden. Accepts everyone when not set.
    /// </summary>
    public Func<HttpContext, JsonElement?, ValueTask<bool>>? AcceptConnection { get; set; }
}
