using AgreementTracker.GraphQL.AspNetCore.Http;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the schema that <c>MapGraphQL</c> serves, with optional server settings.</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null)
    {
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton(schema);
        services.AddSingleton<GraphQLRequestExecution>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
