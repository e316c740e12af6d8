using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.TestSupport;
using Wolverine.Tracking;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class KpiReportTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>The KPI is defined today, so it first reports for the quarter today is in; the agreement runs eight whole quarters from it.</summary>
    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.Containing(TestClock.Today, ReportingFrequency.Quarterly);
    private static readonly DateOnly Start = FirstQuarter.Start;
    private static readonly DateOnly End = Start.AddYears(2).AddDays(-1);

    /// <summary>The first day a quarter without a figure counts as not reported.</summary>
    private static DateOnly ReportDue(ReportingPeriod quarter) => quarter.End.AddDays(KpiFulfilment.DaysToReport);

    private static string DanishQuarter(ReportingPeriod quarter) => $"{quarter.Number}. kvartal {quarter.Year}";

    private static async Task<(string Agreement, string Kpi, ITrackedSession Defined)> WithQuarterlyKpiAsync(DeadlineWorld world)
    {
        var (agreement, _) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        var (kpi, defined) = await world.TrackCreationAsync(() => DefineKpiAsync(world, agreement, "Unikke virksomheder", world.EnergyCluster));
        return (agreement, kpi, defined);
    }

    private static async Task<string> DefineKpiAsync(DeadlineWorld world, string agreement, string name, string responsible) =>
        (await world.ChangeAsync("""
            mutation($agreement: ID!, $name: String!, $responsible: ID!, $targetDate: Date!) {
              defineKpi(input: {
                agreementId: $agreement, code: "UNIKKE_VIRKSOMHEDER", name: $name, unit: "virksomheder", direction: INCREASE,
                baseline: "0", target: "120", targetDate: $targetDate, reportingFrequency: QUARTERLY, geography: "Nordjylland",
                responsiblePartyId: $responsible
              }) { createdId }
            }
            """, new { agreement, name, responsible, targetDate = End })).String("defineKpi.createdId")!;

    private static KpiReportMissing.Due ReportOf(ITrackedSession defined, ReportingPeriod quarter) =>
        Assert.Single(defined.Scheduled.MessagesOf<KpiReportMissing.Due>(), d => d.Period == quarter);

    [Fact]
    public async Task A_quarter_without_a_measurement_is_reported_when_the_time_to_report_has_passed()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, _, defined) = await WithQuarterlyKpiAsync(world);

        var report = ReportOf(defined, FirstQuarter);
        Assert.Equal(ReportDue(FirstQuarter), report.Deadline);
        await world.FireOnItsDayAsync(report);

        var notification = Assert.Single(await world.NotificationsOfAsync(agreement));
        Assert.Equal("KPI_NOT_REPORTED", notification.Kind);
        Assert.Equal(
            $"Aftalen 'Energi i Nordjylland' mangler måling for {DanishQuarter(FirstQuarter)}, 60 dage efter at perioden sluttede {DanishDate(FirstQuarter.End)}: " +
            "KPI 'Unikke virksomheder' (ansvarlig: Energy Cluster Denmark).",
            notification.Message);
        Assert.Equal([world.Brn, world.Aalborg, world.EnergyCluster], notification.Organisations);
    }

    [Fact]
    public async Task A_quarter_that_was_measured_is_not_reported_and_the_next_one_without_a_figure_is()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, kpi, defined) = await WithQuarterlyKpiAsync(world);
        world.MoveTo(FirstQuarter.End.AddDays(20));
        await world.ChangeAsync("""
            mutation($agreement: ID!, $kpi: ID!, $period: ReportingPeriod!, $reporter: ID!) {
              recordMeasurement(input: {
                agreementId: $agreement, kpiId: $kpi, period: $period, value: "14",
                source: { kind: SECRETARIAT_COUNT, description: "Klyngens optælling" }, reportedById: $reporter
              }) { repeated }
            }
            """, new { agreement, kpi, period = FirstQuarter.ToString(), reporter = world.EnergyCluster });

        await world.FireOnItsDayAsync(ReportOf(defined, FirstQuarter));
        Assert.Empty(await world.NotificationsOfAsync(agreement));

        await world.FireOnItsDayAsync(ReportOf(defined, FirstQuarter.Next()));
        Assert.Contains(DanishQuarter(FirstQuarter.Next()), Assert.Single(await world.NotificationsOfAsync(agreement)).Message);
    }

    [Fact]
    public async Task The_kpis_missing_the_same_period_share_its_deadline_and_are_named_in_one_notification()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, _, defined) = await WithQuarterlyKpiAsync(world);
        var second = await world.TrackAsync(() => DefineKpiAsync(world, agreement, "Deltagere i aktiviteter", world.Aalborg));

        Assert.Equal(8, defined.Scheduled.MessagesOf<KpiReportMissing.Due>().Count());
        Assert.Empty(second.Scheduled.Envelopes());
        await world.FireOnItsDayAsync(ReportOf(defined, FirstQuarter));

        Assert.EndsWith(
            "KPI 'Unikke virksomheder' (ansvarlig: Energy Cluster Denmark), KPI 'Deltagere i aktiviteter' (ansvarlig: Aalborg Kommune).",
            Assert.Single(await world.NotificationsOfAsync(agreement)).Message);
    }

    [Fact]
    public async Task An_extension_schedules_the_quarters_it_adds()
    {
        await using var world = await StartAsync(fixture);
        var (agreement, _, _) = await WithQuarterlyKpiAsync(world);
        world.MoveTo(Start.AddMonths(5));

        var extended = await world.TrackAsync(() => world.ChangeAsync("""
            mutation($agreement: ID!, $newEnd: Date!) { extendAgreement(input: { agreementId: $agreement, newEnd: $newEnd }) { repeated } }
            """, new { agreement, newEnd = Start.AddYears(2).AddMonths(6).AddDays(-1) }));

        var firstAdded = ReportingPeriod.Containing(End.AddDays(1), ReportingFrequency.Quarterly);
        Assert.Equal(
            [firstAdded, firstAdded.Next()],
            extended.Scheduled.MessagesOf<KpiReportMissing.Due>().Select(d => d.Period).OrderBy(p => p.Start));
    }
}
