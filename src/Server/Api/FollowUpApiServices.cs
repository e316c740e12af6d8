using AgreementTracker.Api;
using AgreementTracker.Api.Audit;
using AgreementTracker.Api.Mutations;
using AgreementTracker.Api.Subscriptions;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;
using AgreementTracker.ReadModels.Sql;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.GraphQL;
using AgreementTracker.GraphQL.AspNetCore;
using AgreementTracker.Identity;
using AgreementTracker.Identity.OpenId;

namespace AgreementTracker.Server.Api;

/// <summary>The follow-up API on <c>/graphql</c>: its schema, the command handlers behind its mutations, and who the caller is.</summary>
public static class FollowUpApiServices
{
    /// <summary>The development switch: requests without a token act as this identity, with BRN staff's rights. Never set in production.</summary>
    public const string DevelopmentIdentityKey = "Api:DevelopmentIdentity";
    public const string CorrelationHeader = "X-Correlation-Id";
    public const string Path = "/graphql";
    public const string MaxRequestBodyBytesKey = "Api:MaxRequestBodyBytes";

    public static IServiceCollection AddFollowUpApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AgreementReader>();
        services.AddSingleton<OrganisationReader>();
        services.AddSingleton<PortfolioReader>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton<NotificationReader>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton(provider => new ChangeFeed(
            provider.GetRequiredService<ServerDatabase>().ConnectionString, provider.GetRequiredService<HeardChanges>(), provider.GetRequiredService<ILogger<ChangeFeed>>()));
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeed>());
        var development = configuration[DevelopmentIdentityKey] is { Length: > 0 } identity ? identity : null;
        services.AddSingleton(provider => new ApiCallers(provider.GetRequiredService<SignInSettings>(), provider.GetRequiredService<OrganisationReader>(), development));
        services.AddGraphQL(_ => FollowUpSchema.Build(), options =>
        {
            options.UserContext = ApiCallers.CallerOf;
            options.UnexpectedError = Unexpected;
            options.MaxRequestBodyBytes = configuration.GetValue(MaxRequestBodyBytesKey, options.MaxRequestBodyBytes);
            options.WebSockets.AcceptConnection = (http, payload) => http.RequestServices.GetRequiredService<ApiCallers>().AcceptConnectionAsync(http, payload);
        });
        return services;
    }

    public static WebApplication MapFollowUpApi(this WebApplication app)
    {
        var callers = app.Services.GetRequiredService<ApiCallers>();
        if (callers.AcceptsRequestsWithoutToken)
            app.Logger.LogWarning("Development switch {Key} is set: requests to /graphql without a token act as {Identity}. Never set it in production.",
                DevelopmentIdentityKey, app.Configuration[DevelopmentIdentityKey]);
        app.Services.GetRequiredService<GraphQLServerOptions>().GraphiQLSignIn = BrowserSignIn(app.Services.GetRequiredService<SignInSettings>());
        app.UseWebSockets();
        app.UseWhen(http => http.Request.Path.StartsWithSegments(Path), branch => branch.Use(callers.RequireSignedInUserAsync));
        app.MapGraphQL(Path);
        return app;
    }

    /// <summary>How a page of this server signs in: the embedded provider's browser client; none with an external provider.</summary>
    public static GraphiQLSignIn? BrowserSignIn(SignInSettings settings) =>
        settings.UsesExternalProvider ? null : new GraphiQLSignIn(settings.Issuer, BrowserClient.ClientId, BrowserClient.Scopes);

    /// <summary>
    /// A database that is away for a while (restarting, the connection cut) is said to be so, so that the client tries
    /// again; a bug shows the client a reference to the log. Neither shows SQL, table names or data.
    /// </summary>
    private static GraphQLError Unexpected(HttpContext http, Exception exception)
    {
        var log = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AgreementTracker.Api");
        if (DatabaseAway.Is(exception))
        {
            log.LogWarning("The database was away during GraphQL request {Reference}: {Reason}", http.TraceIdentifier, exception.Message);
            return new GraphQLError("Databasen svarer ikke lige nu. Prøv igen om lidt.", code: MutationErrors.DatabaseUnavailable);
        }
        log.LogError(exception, "Unexpected error in GraphQL request {Reference}", http.TraceIdentifier);
        return new GraphQLError(
            $"Der opstod en uventet fejl på serveren. Den er logget med referencen {http.TraceIdentifier}; nævn den, hvis du kontakter support.",
            code: ErrorCodes.InternalError);
    }
}

