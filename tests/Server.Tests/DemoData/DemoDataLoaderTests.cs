using AgreementTracker.Deadlines;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Server.Tests.DemoData;

/// <summary>
/// The server's loader: Marten's import of the demo streams with the follow-up rows kept inline, and each imported
/// agreement's deadlines scheduled in Wolverine's outbox with its events, as of the server's today, or, already due and
/// only notifying, written as notifications with them.
/// </summary>
public sealed class DemoDataLoaderTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Agreements = 4;

    private static string[] Options(int agreements) => [$"--Demo:Agreements={agreements}", "--Projections:RunDaemon=false"];

    /// <summary>What the import does with the deadlines of the agreements of <paramref name="streams"/> on the server's today.</summary>
    private static List<ImportedDeadlines> DeadlinesOf(IEnumerable<DemoStream> streams, ServerHost server) => streams
        .Where(s => s.Kind == StreamKind.Agreement)
        .Select(s => DeadlineSchedule.ForImport(Agreement.Fold(null, s.Events.Select(e => e.Data))!, server.Clock.GetUtcNow(), new Dictionary<OrganisationId, string>()))
        .ToList();

    [Fact]
    public async Task Loads_every_event_with_its_follow_up_rows_and_schedules_the_deadlines_of_each_agreement()
    {
        var expected = DemoDataGenerator.Generate(Agreements).ToList();

        await using var server = await ServerHost.StartAsync(database, Options(Agreements));
        var contents = await StoreContents.ReadAsync(server.ConnectionString);

        Assert.Equal(expected.Count, contents.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), contents.ImportedEvents);
        Assert.Equal(Agreements, contents.Summaries);
        var deadlines = DeadlinesOf(expected, server);
        Assert.Equal(deadlines.Sum(d => d.Scheduled.Count), contents.Deadlines);
        Assert.Equal(deadlines.Sum(d => d.Fired.Count), contents.ImportNotifications);
    }

    [Fact]
    public async Task A_larger_set_over_a_smaller_one_writes_and_schedules_only_what_is_missing()
    {
        var expected = DemoDataGenerator.Generate(Agreements).ToList();

        await using var smaller = await ServerHost.StartAsync(database, Options(Agreements / 2));
        var before = await StoreContents.ReadAsync(smaller.ConnectionString);
        await using (await ServerHost.StartOnAsync(smaller.ConnectionString, smaller.Clock, options: Options(Agreements)))
        {
        }
        var after = await StoreContents.ReadAsync(smaller.ConnectionString);

        Assert.Equal(DemoDataGenerator.Generate(Agreements / 2).Sum(s => s.Events.Count), before.ImportedEvents);
        Assert.Equal(expected.Count, after.Streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), after.ImportedEvents);
        Assert.Equal(Agreements, after.Summaries);
        var deadlines = DeadlinesOf(expected, smaller);
        Assert.Equal(deadlines.Sum(d => d.Scheduled.Count), after.Deadlines);
        Assert.Equal(deadlines.Sum(d => d.Fired.Count), after.ImportNotifications);
    }
}
