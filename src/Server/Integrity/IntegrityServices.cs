namespace AgreementTracker.Server.Integrity;

/// <summary>The server's side of the log over all events: its signing key, the signer, signing on a schedule, delivering checkpoints to a URL, and exports.</summary>
public static class IntegrityServices
{
    public static IServiceCollection AddCheckpoints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(IntegritySettings.From(configuration));
        services.AddSingleton<CheckpointSigner>();
        services.AddSingleton<CheckpointsSigned>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<CheckpointUrl>(provider, new HttpClient { Timeout = TimeSpan.FromSeconds(30) }));
        services.AddHostedService<CheckpointDeliveries>();
        services.AddSingleton<CheckpointSchedule>();
        services.AddSingleton<AuditorExport>();
        services.AddHostedService<ScheduledCheckpoints>();
        return services;
    }
}
