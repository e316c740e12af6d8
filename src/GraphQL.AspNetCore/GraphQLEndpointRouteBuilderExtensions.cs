using AgreementTracker.GraphQL.AspNetCore.GraphiQL;
using AgreementTracker.GraphQL.AspNetCore.Http;
using AgreementTracker.GraphQL.AspNetCore.WebSockets;

namespace AgreementTracker.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the schema registered with <c>AddGraphQL</c> at <paramref name="pattern"/>: GraphQL over HTTP
    /// (GET and POST), GraphiQL for browsers, and graphql-transport-ws subscriptions when the request is a
    /// WebSocket upgrade (call <c>app.UseWebSockets()</c> before mapping).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var path = pattern.TrimEnd('/');
        var group = endpoints.MapGroup(path);
        group.MapGet($"/{GraphiQLAsset.Script.FileName}", GraphiQLAsset.Script.WriteAsync).ExcludeFromDescription();
        group.MapGet($"/{GraphiQLAsset.Stylesheet.FileName}", GraphiQLAsset.Stylesheet.WriteAsync).ExcludeFromDescription();
        group.Map("", ServeAsync).ExcludeFromDescription();
        return group;
    }

    private static Task ServeAsync(HttpContext context)
    {
        var services = context.RequestServices;
        if (context.WebSockets.IsWebSocketRequest)
        {
            return GraphQLWebSocketEndpoint.AcceptAsync(context, services.GetRequiredService<GraphQLRequestExecution>(), services.GetRequiredService<GraphQLServerOptions>().WebSockets);
        }
        return services.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context);
    }
}
