using AgreementTracker.GraphQL.AspNetCore.Http;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.AspNetCore;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers the schema that <c>MapGraphQL</c> serves, with optional server settings.</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Schema schema, Action<GraphQLServerOptions>? configure = null) =>
        services.AddGraphQL(_ => schema, configure);

    /// <summary>Registers a schema built from the application's services when first needed.</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, Func<IServiceProvider, Schema> schemaFactory, Action<GraphQLServerOptions>? configure = null)
    {
        var options = new GraphQLServerOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.AddSingleton<Schema>(schemaFactory);
        services.AddSingleton<GraphQLRequestExecution>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
