using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Tests.Support;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests;

public sealed class FollowUpRefreshTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Status_and_kpi_status_move_on_when_the_refresh_runs_on_a_later_day_and_only_then()
    {
        // A database of its own: a refresh moves on every agreement in it, and this test counts them.
        var connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var store = await DemoDatabase.StartStoreAsync(dataSource, TestClock.Start());
            var today = TestClock.Today;
            var start = today.AddDays(22);
            var id = new AgreementId(Guid.NewGuid());
            await using (var session = store.LightweightSession())
            {
                session.LastModifiedBy = "anna@brn.dk";
                session.Events.StartStream<AgreementState>(id.Value, SampleAgreement.SignedWithKpi(id, new DatePeriod(start, start.AddYears(2)), today.AddDays(-5)));
                await session.SaveChangesAsync();
            }
            var reader = new AgreementReader(dataSource);

            Assert.Equal(AgreementStatus.SignedAwaitingStart, await StoredStatusAsync(dataSource, id));

            var dayAfterStart = start.AddDays(1);
            Assert.Equal(AgreementStatus.SignedAwaitingStart, await StoredStatusAsync(dataSource, id));
            Assert.Equal(1, await FollowUpRefresh.RefreshAsync(dataSource, dayAfterStart));
            Assert.Equal(AgreementStatus.InForce, await StoredStatusAsync(dataSource, id));
            Assert.Equal(0, await FollowUpRefresh.RefreshAsync(dataSource, dayAfterStart));

            // The quarter the agreement starts in is the KPI's first; its figure is due 60 days after the quarter ends.
            var firstQuarter = ReportingPeriod.Containing(start, ReportingFrequency.Quarterly);
            Assert.Equal(1, await FollowUpRefresh.RefreshAsync(dataSource, firstQuarter.End.AddDays(KpiFulfilment.DaysToReport)));
            var notReported = await reader.SearchAsync(new AgreementFilter(KpiStatus: KpiStatus.NotReported), [], total => (0, total));
            Assert.Equal([id], notReported.Items.Select(s => s.State.Id));
        }
        finally
        {
            await PostgresTestCluster.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task An_append_updates_the_follow_up_rows_in_its_own_transaction_and_the_reader_sees_the_new_version()
    {
        var store = await DemoDatabase.StartStoreAsync(database.DataSource, TestClock.Start());
        var lastQuarter = ReportingPeriod.Containing(TestClock.Today.AddMonths(-3), ReportingFrequency.Quarterly);
        var id = new AgreementId(Guid.NewGuid());
        await using (var start = store.LightweightSession())
        {
            start.Events.StartStream<AgreementState>(id.Value,
                SampleAgreement.SignedWithKpi(id, new DatePeriod(lastQuarter.Start, lastQuarter.Start.AddYears(2).AddDays(-1)), lastQuarter.Start.AddMonths(-1)));
            await start.SaveChangesAsync();
        }
        var reader = new AgreementReader(database.DataSource);
        var signed = await reader.LoadAsync(id.Value);

        await using (var record = store.LightweightSession())
        {
            record.Events.Append(id.Value, 7, new MeasurementRecorded(SampleAgreement.Kpi, lastQuarter, 12,
                MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), SampleAgreement.Cluster));
            await record.SaveChangesAsync();
        }

        var measured = await reader.LoadAsync(id.Value);
        Assert.Equal(6, signed!.Version);
        Assert.Equal(7, measured!.Version);
        Assert.Equal(12m, Assert.Single(measured.State.Kpis[0].History).Value);
        Assert.Same(measured, await reader.LoadAsync(id.Value));
    }

    /// <summary>The status the summary row holds, as assessed when the row was last written.</summary>
    private static async Task<AgreementStatus> StoredStatusAsync(NpgsqlDataSource dataSource, AgreementId id)
    {
        await using var command = dataSource.CreateCommand($"SELECT status FROM {FollowUpTables.SummaryTable} WHERE id = $1");
        command.Parameters.Add(new() { Value = id.Value });
        return Enum.Parse<AgreementStatus>((string)(await command.ExecuteScalarAsync())!);
    }
}
