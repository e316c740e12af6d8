using AgreementTracker.Commands;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.ReadModels.Tests;

public sealed class FollowUpRefreshTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Status_and_kpi_status_move_on_when_the_refresh_runs_on_a_later_day_and_only_then()
    {
        var clock = FixedClock.On(2026, 1, 10);
        var store = await DemoDatabase.StartStoreAsync(database.DataSource, clock);
        var id = new AgreementId(Guid.NewGuid());
        var session = store.OpenSession(new() { Actor = "anna@brn.dk" });
        session.StartStream(id.Value, AgreementEventStore.AgreementStream,
            SampleAgreement.SignedWithKpi(id, new DatePeriod(new DateOnly(2026, 2, 1), new DateOnly(2027, 12, 31)), new DateOnly(2026, 1, 5)));
        await session.SaveChangesAsync();
        var reader = new AgreementReader(database.DataSource);

        Assert.Equal(AgreementStatus.SignedAwaitingStart, await StoredStatusAsync(id));

        var nextMonth = new DateOnly(2026, 2, 2);
        Assert.Equal(AgreementStatus.SignedAwaitingStart, await StoredStatusAsync(id));
        Assert.Equal(1, await FollowUpRefresh.RefreshAsync(database.DataSource, nextMonth));
        Assert.Equal(AgreementStatus.InForce, await StoredStatusAsync(id));
        Assert.Equal(0, await FollowUpRefresh.RefreshAsync(database.DataSource, nextMonth));

        // The first quarter ends 31 March; a figure is due 60 days later.
        Assert.Equal(1, await FollowUpRefresh.RefreshAsync(database.DataSource, new DateOnly(2026, 6, 1)));
        var notReported = await reader.SearchAsync(new AgreementFilter(KpiStatus: KpiStatus.NotReported), [], total => (0, total));
        Assert.Equal([id], notReported.Items.Select(s => s.State.Id));
    }

    [Fact]
    public async Task An_append_updates_the_follow_up_rows_in_its_own_transaction_and_the_reader_sees_the_new_version()
    {
        var clock = FixedClock.On(2026, 6, 1);
        var store = await DemoDatabase.StartStoreAsync(database.DataSource, clock);
        var id = new AgreementId(Guid.NewGuid());
        var start = store.OpenSession();
        start.StartStream(id.Value, AgreementEventStore.AgreementStream,
            SampleAgreement.SignedWithKpi(id, new DatePeriod(new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)), new DateOnly(2025, 12, 1)));
        await start.SaveChangesAsync();
        var reader = new AgreementReader(database.DataSource);
        var signed = await reader.LoadAsync(id.Value);

        var record = store.OpenSession();
        record.Append(id.Value, 6, new MeasurementRecorded(SampleAgreement.Kpi, ReportingPeriod.Of(2026, ReportingFrequency.Quarterly, 1), 12,
            MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), SampleAgreement.Cluster));
        await record.SaveChangesAsync();

        var measured = await reader.LoadAsync(id.Value);
        Assert.Equal(6, signed!.Version);
        Assert.Equal(7, measured!.Version);
        Assert.Equal(12m, Assert.Single(measured.State.Kpis[0].History).Value);
        Assert.Same(measured, await reader.LoadAsync(id.Value));
    }

    /// <summary>The status the summary row holds, as assessed when the row was last written.</summary>
    private async Task<AgreementStatus> StoredStatusAsync(AgreementId id)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT status FROM {AgreementFollowUpProjection.SummaryTable} WHERE id = $1");
        command.Parameters.Add(new() { Value = id.Value });
        return Enum.Parse<AgreementStatus>((string)(await command.ExecuteScalarAsync())!);
    }
}
