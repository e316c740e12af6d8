using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;

namespace AgreementTracker.Server.DemoData;

public static class DemoDataServices
{
    public const string LoadKey = "Demo:Load";

    /// <summary>With --demo, imports the North Jutland demo data set before the server takes requests.</summary>
    public static async Task LoadDemoDataIfAskedAsync(this WebApplication app, CancellationToken ct)
    {
        if (!app.Configuration.GetValue(LoadKey, false))
            return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("AgreementTracker.DemoData");
        logger.LogInformation("Loading the North Jutland demo data (as of {AsOf:dd-MM-yyyy})", DemoDataGenerator.AsOf);
        var loaded = await DemoDataLoader.LoadAsync(app.Services.GetRequiredService<StreamStore>(), DemoDataGenerator.NorthJutland(), logger, ct);
        logger.LogInformation("Demo data: {Streams} streams, {Written} events written, {Kept} already there",
            loaded.Streams, loaded.EventsWritten, loaded.EventsAlreadyThere);
    }
}
