using System.Globalization;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.DemoData;

public static class DemoDataServices
{
    public const string LoadKey = "Demo:Load";
    public const string AgreementsKey = "Demo:Agreements";

    /// <summary>
    /// With --demo, imports the North Jutland demo data set before the server takes requests; with
    /// <c>Demo:Agreements</c> (e.g. --Demo:Agreements=2000), a generated set of that many agreements instead.
    /// </summary>
    public static async Task LoadDemoDataIfAskedAsync(this WebApplication app, CancellationToken ct)
    {
        var set = DataSetAsked(app.Configuration);
        if (set is null)
            return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AgreementTracker.DemoData");
        logger.LogInformation("Loading {DataSet} (as of {AsOf:dd-MM-yyyy})", set.Description, DemoDataGenerator.AsOf);
        var loaded = await DemoDataLoader.LoadAsync(
            app.Services.GetRequiredService<StreamStore>(), app.Services.GetRequiredService<ServerDatabase>().ConnectionString, set, logger, ct);
        logger.LogInformation("Demo data: {Streams:N0} streams, {Written:N0} events written, {Kept:N0} already there, in {Seconds:N1} s",
            loaded.Streams, loaded.EventsWritten, loaded.EventsAlreadyThere, loaded.Elapsed.TotalSeconds);
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
