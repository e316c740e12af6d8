using AgreementTracker.Deadlines;
using AgreementTracker.EventStore;
using AgreementTracker.Messaging;
using AgreementTracker.ReadModels;
using Npgsql;

namespace AgreementTracker.Server.Messaging;

/// <summary>The durable message runner on this node, with the deadlines' handlers and the daily follow-up refresh.</summary>
public static class MessagingServices
{
    public const string RunRunnerKey = "Messaging:RunRunner";
    public const string LateAfterSecondsKey = "Messaging:LateAfterSeconds";

    public static IServiceCollection AddDurableMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new MessageRunnerOptions());
        services.AddSingleton(provider =>
        {
            var (store, clock) = (provider.GetRequiredService<StreamStore>(), provider.GetRequiredService<TimeProvider>());
            var logs = provider.GetRequiredService<ILoggerFactory>();
            var handlers = DeadlineHandlers.Register(new MessageHandlers(), store, clock, logs.CreateLogger("AgreementTracker.Deadlines"));
            return DailyFollowUpRefresh.Register(handlers, provider.GetRequiredService<NpgsqlDataSource>(), clock, logs.CreateLogger("AgreementTracker.FollowUp"));
        });
        services.AddSingleton<MessageRunner>();
        if (configuration.GetValue(RunRunnerKey, true))
            services.AddHostedService(provider => provider.GetRequiredService<MessageRunner>());
        return services;
    }

    /// <summary>Makes sure today's follow-up refresh is scheduled (it schedules the next day's itself).</summary>
    public static Task ScheduleFollowUpRefreshAsync(this WebApplication app, CancellationToken ct)
    {
        var clock = app.Services.GetRequiredService<TimeProvider>();
        return DailyFollowUpRefresh.ScheduleAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), Today.On(clock), clock, ct);
    }
}
