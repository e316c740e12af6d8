using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.FollowUp;

public class KpiFulfilmentTests
{
    // Unikke virksomheder: 0 → 100 from 01-01-2024 to 31-12-2026, reported quarterly.
    private static KpiAssessment Assess(DateOnly asOf, params object[] measurements)
    {
        var agreement = Agreement.Fold(null, [.. SignedWithKpi, .. measurements])!;
        return KpiFulfilment.Assess(agreement, agreement.Kpis.Single(), asOf);
    }

    private static object[] Quarters(params (string Period, decimal Value)[] figures) => figures.Select(f => (object)Measured(f.Period, f.Value)).ToArray();

    private static readonly object[] Year2024 = Quarters(("2024-Q1", 5), ("2024-Q2", 12), ("2024-Q3", 20), ("2024-Q4", 34));

    [Fact]
    public void Expected_progress_runs_in_a_straight_line_from_start_to_target_date()
    {
        var start = new DateOnly(2024, 1, 1);
        var target = new DateOnly(2026, 1, 1);
        Assert.Equal(0m, KpiFulfilment.ExpectedProgress(start, target, new DateOnly(2023, 6, 1)));
        Assert.Equal(0.5m, Math.Round(KpiFulfilment.ExpectedProgress(start, target, new DateOnly(2025, 1, 1)), 2));
        Assert.Equal(1m, KpiFulfilment.ExpectedProgress(start, target, new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void The_expected_value_is_on_the_line_from_baseline_to_target_in_the_KPIs_own_unit()
    {
        var agreement = Agreement.Fold(null, SignedWithKpi)!;
        var kpi = agreement.Kpis.Single();
        Assert.Equal(kpi.Baseline, KpiFulfilment.ExpectedValue(agreement, kpi, new DateOnly(2023, 12, 31)));
        Assert.Equal(kpi.Target, KpiFulfilment.ExpectedValue(agreement, kpi, kpi.TargetDate));
        Assert.Equal(33m, Math.Round(KpiFulfilment.ExpectedValue(agreement, kpi, new DateOnly(2024, 12, 31))));
    }

    [Fact]
    public void On_track_when_at_or_ahead_of_the_line_at_the_latest_period()
    {
        var assessment = Assess(new DateOnly(2025, 1, 15), Year2024);
        Assert.Equal(KpiStatus.OnTrack, assessment.Status);
        Assert.Equal(0.34m, assessment.Progress);
        Assert.Equal(KpiTrend.Improving, assessment.Trend);
        Assert.Empty(assessment.MissingPeriods);
    }

    [Fact]
    public void At_risk_when_slightly_behind()
    {
        var assessment = Assess(new DateOnly(2025, 1, 15), Quarters(("2024-Q1", 5), ("2024-Q2", 12), ("2024-Q3", 20), ("2024-Q4", 28)));
        Assert.Equal(KpiStatus.AtRisk, assessment.Status);
    }

    [Fact]
    public void Off_track_when_far_behind() =>
        Assert.Equal(KpiStatus.OffTrack, Assess(new DateOnly(2025, 1, 15), Quarters(("2024-Q1", 1), ("2024-Q2", 2), ("2024-Q3", 3), ("2024-Q4", 4))).Status);

    [Fact]
    public void Achieved_once_the_target_is_reached() =>
        Assert.Equal(KpiStatus.Achieved, Assess(new DateOnly(2025, 1, 15), Quarters(("2024-Q1", 5), ("2024-Q2", 12), ("2024-Q3", 20), ("2024-Q4", 100))).Status);

    [Fact]
    public void Not_reported_when_a_due_period_has_no_figure()
    {
        var assessment = Assess(new DateOnly(2025, 6, 15), Year2024);
        Assert.Equal(KpiStatus.NotReported, assessment.Status);
        Assert.Equal(["2025-Q1"], assessment.MissingPeriods.Select(p => p.ToString()));
    }

    [Fact]
    public void A_period_is_not_due_until_the_reporter_has_had_time_to_count() =>
        Assert.Empty(Assess(new DateOnly(2025, 1, 1).AddDays(KpiFulfilment.DaysToReport), Year2024).MissingPeriods);

    [Fact]
    public void Nothing_due_and_nothing_reported_is_on_track()
    {
        var assessment = Assess(new DateOnly(2024, 2, 1));
        Assert.Equal(KpiStatus.OnTrack, assessment.Status);
        Assert.Null(assessment.Latest);
        Assert.Equal(KpiTrend.Unknown, assessment.Trend);
    }

    [Fact]
    public void A_correction_replaces_the_figure_in_the_status()
    {
        var corrected = new MeasurementCorrected(
            UniqueCompaniesKpiId, ReportingPeriod.Parse("2024-Q4"), 100, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), EnergyCluster);
        var assessment = Assess(new DateOnly(2025, 1, 15), [.. Year2024, corrected]);
        Assert.Equal(100, assessment.Latest!.Value);
        Assert.Equal(KpiStatus.Achieved, assessment.Status);
    }

    [Fact]
    public void A_decreasing_kpi_progresses_as_its_value_falls()
    {
        var waitingTime = UniqueCompaniesKpi with
        {
            Name = "Ventetid på rådgivning",
            Unit = "dage",
            Direction = KpiDirection.Decrease,
            Baseline = 40,
            Target = 10,
            Frequency = ReportingFrequency.Yearly,
        };
        var agreement = Agreement.Fold(null, [
            .. Signed, waitingTime,
            new MeasurementRecorded(UniqueCompaniesKpiId, ReportingPeriod.Parse("2024"), 30, MeasurementQualifier.Measured, MeasurementSource.SecretariatCount(), EnergyCluster),
            new MeasurementRecorded(UniqueCompaniesKpiId, ReportingPeriod.Parse("2025"), 20, MeasurementQualifier.Estimated, MeasurementSource.SecretariatCount(), EnergyCluster),
        ])!;

        var assessment = KpiFulfilment.Assess(agreement, agreement.Kpis.Single(), new DateOnly(2026, 2, 1));

        Assert.Equal(2m / 3m, assessment.Progress);
        Assert.Equal(KpiStatus.OnTrack, assessment.Status);
        Assert.Equal(KpiTrend.Improving, assessment.Trend);
    }

    [Fact]
    public void Nothing_is_due_from_an_unsigned_agreement()
    {
        var agreement = Agreement.Fold(null, [.. WithParties, UniqueCompaniesKpi])!;
        Assert.Empty(KpiFulfilment.Assess(agreement, agreement.Kpis.Single(), new DateOnly(2025, 6, 1)).MissingPeriods);
    }

    [Fact]
    public void Periods_after_a_termination_are_never_due()
    {
        var assessment = Assess(new DateOnly(2026, 6, 1), [.. Year2024, new AgreementTerminated(Aalborg, new DateOnly(2025, 1, 1))]);
        Assert.Empty(assessment.MissingPeriods);
    }
}
