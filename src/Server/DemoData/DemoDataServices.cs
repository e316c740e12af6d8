using System.Globalization;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.SignIn;
using Marten;
using Wolverine.Runtime;
using Wolverine.Marten.Publishing;

namespace AgreementTracker.Server.DemoData;

public static class DemoDataServices
{
    public const string LoadKey = "Demo:Load";
    public const string AgreementsKey = "Demo:Agreements";

    /// <summary>
    /// With --demo, imports the North Jutland demo data set before the server takes requests; with
    /// <c>Demo:Agreements</c> (e.g. --Demo:Agreements=2000), a generated set of that many agreements instead. Runs once
    /// Wolverine has started, since the agreements' deadlines are scheduled through its outbox with their events.
    /// </summary>
    public static async Task LoadDemoDataIfAskedAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct)
    {
        var set = DataSetAsked(configuration);
        if (set is null)
            return;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("AgreementTracker.DemoData");
        logger.LogInformation("Loading {DataSet} (as of {AsOf:dd-MM-yyyy})", set.Description, DemoDataGenerator.AsOf);
        var progress = new LoadProgress(set, logger);
        var deadlines = new DemoHistoryImport.DeadlineOutbox(
            services.GetRequiredService<OutboxedSessionFactory>(), services.GetRequiredService<IWolverineRuntime>(),
            services.GetRequiredService<TimeProvider>());
        var loaded = await DemoHistoryImport.ImportAsync(services.GetRequiredService<IDocumentStore>(), set.Streams, deadlines, progress, ct: ct);
        logger.LogInformation("Demo data: {Streams:N0} streams, {Written:N0} events written, {Kept:N0} streams already there, in {Seconds:N1} s",
            loaded.Streams, loaded.EventsWritten, loaded.StreamsAlreadyThere, progress.Elapsed.TotalSeconds);
        await DemoUsers.EnsureAsync(services, logger);
    }

    /// <summary>Loads the demo data as the host starts, after Wolverine and before the web server.</summary>
    public sealed class Loading(IServiceProvider services, IConfiguration configuration) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => services.LoadDemoDataIfAskedAsync(configuration, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The demo data set the configuration asks for, or null for none.</summary>
    public static DemoDataSet? DataSetAsked(IConfiguration configuration)
    {
        var agreements = configuration[AgreementsKey];
        if (!string.IsNullOrWhiteSpace(agreements))
        {
            return int.TryParse(agreements, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? DemoDataSet.Generated(count)
                : throw new ServerStartException($"{AgreementsKey} must be a whole number of agreements, 0 or more; it is '{agreements}'.");
        }
        return configuration.GetValue(LoadKey, false) ? DemoDataSet.NorthJutland() : null;
    }
}
