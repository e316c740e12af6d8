using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class KpiReportTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly KpiId Companies = new(Guid.Parse("4b100000-0000-4000-8000-000000000001"));

    /// <summary>The KPI is defined today, so it first reports for the quarter today is in; the agreement runs eight whole quarters from it.</summary>
    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.Containing(TestClock.Today, ReportingFrequency.Quarterly);
    private static readonly DateOnly Start = FirstQuarter.Start;
    private static readonly DateOnly End = Start.AddYears(2).AddDays(-1);

    /// <summary>The first day a quarter without a figure counts as not reported.</summary>
    private static DateOnly ReportDue(ReportingPeriod quarter) => quarter.End.AddDays(KpiFulfilment.DaysToReport);

    private static string DanishQuarter(ReportingPeriod quarter) => $"{quarter.Number}. kvartal {quarter.Year}";

    private static async Task<AgreementId> WithQuarterlyKpiAsync(DeadlineWorld world)
    {
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        await world.RunAsync(new DefineKpi(id, Companies, "UNIKKE_VIRKSOMHEDER", "Unikke virksomheder", "virksomheder", KpiDirection.Increase,
            0m, 120m, End, ReportingFrequency.Quarterly, "Nordjylland", EnergyCluster));
        return id;
    }

    [Fact]
    public async Task A_quarter_without_a_measurement_is_reported_when_the_time_to_report_has_passed()
    {
        await using var world = await CreateAsync(fixture);
        var id = await WithQuarterlyKpiAsync(world);

        var due = ReportDue(FirstQuarter);
        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: due.AddDays(-1), notifiedOn: due);
        Assert.Equal(NotificationKinds.KpiNotReported, notification.Kind);
        Assert.Equal(
            $"Aftalen 'Energi i Nordjylland' mangler måling for {DanishQuarter(FirstQuarter)}, 60 dage efter at perioden sluttede {DanishDate(FirstQuarter.End)}: " +
            "KPI 'Unikke virksomheder' (ansvarlig: Energy Cluster Denmark).",
            notification.Message);
        Assert.Equal([Brn, Aalborg, EnergyCluster], notification.Organisations);
    }

    [Fact]
    public async Task A_quarter_that_was_measured_is_not_reported()
    {
        await using var world = await CreateAsync(fixture);
        var id = await WithQuarterlyKpiAsync(world);
        world.AdvanceTo(FirstQuarter.End.AddDays(20));
        await world.RunAsync(new RecordMeasurement(id, Companies, FirstQuarter, 14m, MeasurementQualifier.Measured,
            new MeasurementSource(SourceKind.SecretariatCount, null, "Klyngens optælling"), EnergyCluster));

        var secondQuarter = FirstQuarter.Next();
        world.AdvanceTo(ReportDue(secondQuarter).AddDays(1));
        await world.RunDueDeadlinesAsync();

        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.Contains(DanishQuarter(secondQuarter), notification.Message);
    }

    [Fact]
    public async Task The_kpis_missing_the_same_period_are_named_in_one_notification()
    {
        await using var world = await CreateAsync(fixture);
        var id = await WithQuarterlyKpiAsync(world);
        await world.RunAsync(new DefineKpi(id, new KpiId(Guid.NewGuid()), "DELTAGERE", "Deltagere i aktiviteter", "personer", KpiDirection.Increase,
            0m, 400m, End, ReportingFrequency.Quarterly, "Aalborg", Aalborg));

        world.AdvanceTo(ReportDue(FirstQuarter));
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
        await using var world = await CreateAsync(fixture);
        var id = await WithQuarterlyKpiAsync(world);
        Assert.Equal(8L, await KpiDeadlinesAsync(world));

        world.AdvanceTo(Start.AddMonths(5));
        await world.RunAsync(new ExtendAgreement(id, Start.AddYears(2).AddMonths(6).AddDays(-1)));

        Assert.Equal(10L, await KpiDeadlinesAsync(world));
    }

    private static Task<long> KpiDeadlinesAsync(DeadlineWorld world) =>
        world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE kind = 'deadline.kpi_report_missing'");
}
