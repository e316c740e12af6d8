using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class KpiReportTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly KpiId Companies = new(Guid.Parse("4b100000-0000-4000-8000-000000000001"));

    private static async Task<AgreementId> WithQuarterlyKpiAsync(DeadlineWorld world)
    {
        world.Today(2026, 1, 5);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        await world.RunAsync(new DefineKpi(id, Companies, "UNIKKE_VIRKSOMHEDER", "Unikke virksomheder", "virksomheder", KpiDirection.Increase,
            0m, 120m, new DateOnly(2027, 12, 31), ReportingFrequency.Quarterly, "Nordjylland", EnergyCluster));
        return id;
    }

    [Fact]
    public async Task A_quarter_without_a_measurement_is_reported_when_the_time_to_report_has_passed()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await WithQuarterlyKpiAsync(world);

        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: new DateOnly(2026, 5, 29), notifiedOn: new DateOnly(2026, 5, 30));
        Assert.Equal(NotificationKinds.KpiNotReported, notification.Kind);
        Assert.Equal(
            "Aftalen 'Energi i Nordjylland' mangler måling for 1. kvartal 2026, 60 dage efter at perioden sluttede 31-03-2026: " +
            "KPI 'Unikke virksomheder' (ansvarlig: Energy Cluster Denmark).",
            notification.Message);
        Assert.Equal([Brn, Aalborg, EnergyCluster], notification.Organisations);
    }

    [Fact]
    public async Task A_quarter_that_was_measured_is_not_reported()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await WithQuarterlyKpiAsync(world);
        world.Today(2026, 4, 20);
        await world.RunAsync(new RecordMeasurement(id, Companies, ReportingPeriod.Parse("2026-Q1"), 14m, MeasurementQualifier.Measured,
            new MeasurementSource(SourceKind.SecretariatCount, null, "Klyngens optælling"), EnergyCluster));

        world.Today(2026, 8, 30);
        await world.RunDueDeadlinesAsync();

        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.Contains("2. kvartal 2026", notification.Message);
    }

    [Fact]
    public async Task The_kpis_missing_the_same_period_are_named_in_one_notification()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await WithQuarterlyKpiAsync(world);
        await world.RunAsync(new DefineKpi(id, new KpiId(Guid.NewGuid()), "DELTAGERE", "Deltagere i aktiviteter", "personer", KpiDirection.Increase,
            0m, 400m, new DateOnly(2027, 12, 31), ReportingFrequency.Quarterly, "Aalborg", Aalborg));

        world.Today(2026, 5, 30);
        await world.RunDueDeadlinesAsync();

        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.EndsWith(
            "KPI 'Unikke virksomheder' (ansvarlig: Energy Cluster Denmark), KPI 'Deltagere i aktiviteter' (ansvarlig: Aalborg Kommune).",
            notification.Message);
        Assert.Equal(8L, await KpiDeadlinesAsync(world));
    }

    [Fact]
    public async Task Every_quarter_of_the_agreement_has_a_deadline_and_an_extension_adds_the_quarters_it_adds()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await WithQuarterlyKpiAsync(world);
        Assert.Equal(8L, await KpiDeadlinesAsync(world));

        world.Today(2026, 6, 1);
        await world.RunAsync(new ExtendAgreement(id, new DateOnly(2028, 6, 30)));

        Assert.Equal(10L, await KpiDeadlinesAsync(world));
    }

    private static Task<long> KpiDeadlinesAsync(DeadlineWorld world) =>
        world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE kind = 'deadline.kpi_report_missing'");
}
