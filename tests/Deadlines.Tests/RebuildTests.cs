using AgreementTracker.Commands;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The server's demo load writes history without the schedule and rebuilds it once at the end; operators check and
/// rebuild it like any read model. Replaying must queue what writing the events live queued, and lead to the same
/// notifications.
/// </summary>
public sealed class RebuildTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Queued = "SELECT string_agg(deduplication_key || ' ' || due_at::text, E'\\n' ORDER BY deduplication_key) FROM messaging.messages";

    [Fact]
    public async Task Rebuilding_the_schedule_after_an_import_without_it_queues_what_writing_it_live_queued()
    {
        await using var live = await DeadlineWorld.CreateAsync(fixture);
        await DemoImport.AppendAsync(live.Store, DemoDataGenerator.NorthJutland());
        await using var rebuilt = await DeadlineWorld.CreateAsync(fixture);
        await DemoImport.AppendAsync(new StreamStore(rebuilt.DataSource, AgreementEventStore.CreateOptions(rebuilt.Clock)), DemoDataGenerator.NorthJutland());
        Assert.Equal(0L, await rebuilt.ScalarAsync<long>("SELECT count(*) FROM messaging.messages"));

        await rebuilt.Store.Projections.RebuildAsync(DeadlineScheduleProjection.ProjectionName);

        Assert.Equal(await FactsAsync(live), await FactsAsync(rebuilt));
        // Live, an extension found the old end's reminder and expiry already queued; a replay sees only the new end.
        var queuedLive = await QueuedAsync(live);
        var queuedRebuilt = await QueuedAsync(rebuilt);
        Assert.Subset(queuedLive.ToHashSet(), queuedRebuilt.ToHashSet());
        Assert.All(queuedLive.Except(queuedRebuilt), superseded => Assert.Matches(":(ending|expiry):", superseded));

        await live.RunDueDeadlinesAsync();
        await rebuilt.RunDueDeadlinesAsync();
        Assert.Equal(await NotificationTextsAsync(live), await NotificationTextsAsync(rebuilt));
    }

    private static Task<string> FactsAsync(DeadlineWorld world) =>
        world.ScalarAsync<string>($"SELECT string_agg(agreement_id || ' ' || facts::text, E'\\n' ORDER BY agreement_id) FROM {DeadlineScheduleProjection.TableName}");

    private static async Task<IReadOnlyList<string>> QueuedAsync(DeadlineWorld world) =>
        (await world.ScalarAsync<string>(Queued)).Split('\n');

    private static async Task<IReadOnlyList<string>> NotificationTextsAsync(DeadlineWorld world) =>
        (await world.Notifications.LatestAsync(NotificationReader.MaxLimit)).Select(n => n.Message).Order().ToList();

    [Fact]
    public async Task The_consistency_check_finds_the_live_schedule_identical_and_queues_nothing_new()
    {
        await using var world = await DeadlineWorld.CreateAsync(fixture);
        await DemoImport.AppendAsync(world.Store, DemoDataGenerator.NorthJutland());
        var queued = await world.ScalarAsync<string>(Queued);

        var report = await world.Store.Projections.CheckConsistencyAsync(DeadlineScheduleProjection.ProjectionName);

        Assert.True(report.Consistent);
        Assert.Equal(queued, await world.ScalarAsync<string>(Queued));
    }
}
