using AgreementTracker.Commands;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests;

[Collection(DemoDatabaseCollection.Name)]
public sealed class RebuildTests(DemoDatabase demo)
{
    private static readonly string[] FollowUpTables =
    [
        AgreementFollowUpProjection.SummaryTable, AgreementFollowUpProjection.PartyTable, AgreementFollowUpProjection.KpiTable,
        AgreementFollowUpProjection.LedgerTable, AgreementFollowUpProjection.MeetingTable, AgreementFollowUpProjection.MeetingYearTable,
    ];

    private static readonly string[] AuditTables =
        [AuditTimelineProjection.TimelineTable, AuditTimelineProjection.AgreementStateTable, AuditTimelineProjection.OrganisationStateTable];

    [Fact]
    public async Task Replaying_every_event_in_large_batches_gives_the_same_follow_up_rows_as_applying_them_inline_command_by_command()
    {
        var connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var options = AgreementEventStore.CreateOptions(TestClock.Start());
            options.Projections.Add(new AgreementFollowUpProjection(options.Clock), ProjectionLifecycle.Async);
            var replayed = new StreamStore(dataSource, options);
            await replayed.InitializeAsync();
            await DemoImport.AppendAsync(replayed, DemoDataGenerator.NorthJutland());

            await using (var daemon = replayed.CreateDaemon())
            {
                await daemon.StartAsync();
                await daemon.WaitForNonStaleAsync(TimeSpan.FromMinutes(2));
            }

            foreach (var table in FollowUpTables)
                Assert.Equal(await TableRows.ReadAsync(demo.DataSource, table), await TableRows.ReadAsync(dataSource, table));
        }
        finally
        {
            await PostgresTestCluster.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Rebuilding_the_audit_timeline_from_zero_gives_identical_tables()
    {
        var before = new List<IReadOnlyList<string>>();
        foreach (var table in AuditTables)
            before.Add(await TableRows.ReadAsync(demo.DataSource, table));

        await demo.Daemon.RebuildAsync(AuditTimelineProjection.ProjectionName);

        Assert.True(before[0].Count > 900);
        for (var i = 0; i < AuditTables.Length; i++)
            Assert.Equal(before[i], await TableRows.ReadAsync(demo.DataSource, AuditTables[i]));
    }
}
