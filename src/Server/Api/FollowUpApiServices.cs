using AgreementTracker.Api;
using AgreementTracker.Api.Audit;
using AgreementTracker.Api.Subscriptions;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.ReadModels.Portfolios;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.GraphQL.AspNetCore;

namespace AgreementTracker.Server.Api;

/// <summary>The follow-up API on <c>/graphql</c>: its schema, the command handlers behind its mutations, and who the caller is.</summary>
public static class FollowUpApiServices
{
    public const string DevelopmentIdentityKey = "Api:DevelopmentIdentity";
    public const string DefaultDevelopmentIdentity = "udvikler@brn.dk";
    public const string CorrelationHeader = "X-Correlation-Id";
    public const string MaxRequestBodyBytesKey = "Api:MaxRequestBodyBytes";

    public static IServiceCollection AddFollowUpApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AgreementReader>();
        services.AddSingleton<OrganisationReader>();
        services.AddSingleton<PortfolioReader>();
        services.AddSingleton<TimelineReader>();
        services.AddSingleton<NotificationReader>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton(provider => new ChangeFeed(provider.GetRequiredService<ServerDatabase>().ConnectionString, provider.GetRequiredService<ILogger<ChangeFeed>>()));
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeed>());
        var identity = configuration[DevelopmentIdentityKey] ?? DefaultDevelopmentIdentity;
        services.AddGraphQL(_ => FollowUpSchema.Build(), options =>
        {
            options.UserContext = http => CallerOf(http, identity);
            options.UnexpectedErrorMessage = Unexpected;
            options.MaxRequestBodyBytes = configuration.GetValue(MaxRequestBodyBytesKey, options.MaxRequestBodyBytes);
        });
        return services;
    }

    public static WebApplication MapFollowUpApi(this WebApplication app)
    {
        app.UseWebSockets();
        app.MapGraphQL("/graphql");
        return app;
    }

    /// <summary>A bug or a lost database shows the client a reference to the log, never SQL, table names or data.</summary>
    private static string Unexpected(HttpContext http, Exception exception)
    {
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("AgreementTracker.Api")
            .LogError(exception, "Unexpected error in GraphQL request {Reference}", http.TraceIdentifier);
        return $"An unexpected error occurred on the server; it is logged under reference {http.TraceIdentifier}.";
    }

    /// <summary>Until sign-in exists every caller is the configured development identity; the correlation id is the client's or the request's own.</summary>
    private static ApiCaller CallerOf(HttpContext http, string identity)
    {
        var correlation = http.Request.Headers[CorrelationHeader].ToString();
        return new ApiCaller(identity, string.IsNullOrWhiteSpace(correlation) || correlation.Length > 200 ? http.TraceIdentifier : correlation);
    }
}
