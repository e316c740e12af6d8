using AgreementTracker.GraphQL.AspNetCore.WebSockets;
using AgreementTracker.GraphQL.Execution;

namespace AgreementTracker.GraphQL.AspNetCore;

/// <summary>How the GraphQL endpoint serves its schema over HTTP and WebSocket.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Serve the GraphiQL page to browsers (GET with <c>Accept: text/html</c>). On by default.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>
    /// An OpenID provider the GraphiQL page signs in with (authorization code with PKCE), sending the access token with
    /// every request and in the WebSocket's <c>connection_init</c>. None when not set: the page sends no token.
    /// </summary>
    public GraphiQLSignIn? GraphiQLSignIn { get; set; }

    /// <summary>
    /// The per-request object resolvers see as <c>UserContext</c> (e.g. the signed-in user), made from
    /// the HTTP request or the WebSocket's upgrade request. None when not set.
    /// </summary>
    public Func<HttpContext, object?>? UserContext { get; set; }

    /// <summary>
    /// What clients see instead of an unexpected exception's own message (which may name tables, hosts or data), and
    /// its code; null shows the exception's message as <c>INTERNAL_SERVER_ERROR</c>, as graphql-js does. Log the exception here.
    /// </summary>
    public Func<HttpContext, Exception, GraphQLError>? UnexpectedError { get; set; }

    /// <summary>
    /// The largest POST body accepted, in bytes (1 MiB by default, like <see cref="GraphQLWebSocketOptions.MaxMessageBytes"/>).
    /// A larger body is answered 413 with a GraphQL-shaped error before any of it is parsed: at once when its
    /// Content-Length says so, else as soon as that many bytes have arrived.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The longest error message sent to a client, in UTF-16 units (1,000 by default); longer ones, e.g. quoting a huge
    /// invalid value, are cut there and say how much was left out.
    /// </summary>
    public int MaxErrorMessageLength { get; set; } = 1_000;

    /// <summary>The engine's pipeline settings: request limits, document cache size, validation rules.</summary>
    public GraphQLExecutorOptions Execution { get; set; } = new();

    public GraphQLWebSocketOptions WebSockets { get; } = new();
}

/// <param name="Authority">The provider's issuer, where its discovery document is.</param>
/// <param name="ClientId">A public client of the provider that may redirect back to the GraphiQL page's own address.</param>
/// <param name="Scope">The scopes to ask for, e.g. <c>openid profile</c> and the API's own.</param>
public sealed record GraphiQLSignIn(string Authority, string ClientId, string Scope);
