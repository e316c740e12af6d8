using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.FollowUp;

/// <summary>Where a KPI stands on a date, as a municipality checking what it pays for wants to see it.</summary>
/// <param name="Start">Where the straight line to the target begins: the KPI's definition or the agreement's start, whichever is later.</param>
/// <param name="Latest">The figure that counts for the most recent reported period (a correction replaces the original here).</param>
/// <param name="Progress">How far the latest figure has come from baseline to target: 0 at the baseline, 1 at the target.</param>
/// <param name="ExpectedProgress">How far it should be by the assessment date.</param>
/// <param name="ExpectedAtLatest">How far it should have been at the end of the latest reported period; the status compares with this.</param>
/// <param name="MissingPeriods">Periods that are due but have no figure.</param>
public sealed record KpiAssessment(
    KpiId Kpi,
    string Name,
    DateOnly Start,
    MeasurementEntry? Latest,
    decimal? Progress,
    decimal ExpectedProgress,
    decimal? ExpectedAtLatest,
    KpiStatus Status,
    KpiTrend Trend,
    IReadOnlyList<ReportingPeriod> MissingPeriods);

public static class KpiFulfilment
{
    /// <summary>Behind the line by at most this share of the way from baseline to target still counts as at risk rather than off track.</summary>
    public const decimal AtRiskMargin = 0.10m;

    /// <summary>The days a reporter has after a period ends before the period counts as not reported.</summary>
    public const int DaysToReport = 60;

    public static IReadOnlyList<KpiAssessment> AssessAll(AgreementState agreement, DateOnly asOf) =>
        agreement.Kpis.Select(kpi => Assess(agreement, kpi, asOf)).ToList();

    public static KpiAssessment Assess(AgreementState agreement, KpiState kpi, DateOnly asOf)
    {
        var start = agreement.KpiStart(kpi.DefinedOn);
        var current = kpi.CurrentMeasurements();
        var latest = current.Count > 0 ? current[^1] : null;
        var missing = MissingPeriods(agreement, kpi, start, asOf);
        var expectedNow = ExpectedProgress(start, kpi.TargetDate, asOf);
        var progress = latest is null ? (decimal?)null : Progress(kpi, latest.Value);
        var expectedAtLatest = latest is null ? (decimal?)null : ExpectedProgress(start, kpi.TargetDate, latest.Period.End);

        var status = (latest, progress, expectedAtLatest) switch
        {
            ({ } l, _, _) when kpi.Reached(l.Value) => KpiStatus.Achieved,
            _ when missing.Count > 0 => KpiStatus.NotReported,
            ({ }, { } p, { } e) => Compare(p, e),
            _ => KpiStatus.OnTrack,
        };

        return new KpiAssessment(kpi.Id, kpi.Name, start, latest, progress, expectedNow, expectedAtLatest, status, Trend(kpi, current), missing);
    }

    /// <summary>0 at the baseline and 1 at the target, in either direction; below 0 is a step backwards, above 1 beyond the target.</summary>
    public static decimal Progress(KpiState kpi, decimal value) => (value - kpi.Baseline) / (kpi.Target - kpi.Baseline);

    /// <summary>The value on the straight line from the KPI's baseline, where it starts, to its target on the target date.</summary>
    public static decimal ExpectedValue(AgreementState agreement, KpiState kpi, DateOnly date) =>
        kpi.Baseline + ExpectedProgress(agreement.KpiStart(kpi.DefinedOn), kpi.TargetDate, date) * (kpi.Target - kpi.Baseline);

    /// <summary>The share of the time from <paramref name="start"/> to <paramref name="targetDate"/> that has passed by <paramref name="date"/>, between 0 and 1.</summary>
    public static decimal ExpectedProgress(DateOnly start, DateOnly targetDate, DateOnly date)
    {
        var span = targetDate.DayNumber - start.DayNumber;
        if (span <= 0)
        {
            return 1m;
        }

        return Math.Clamp((decimal)(date.DayNumber - start.DayNumber) / span, 0m, 1m);
    }

    private static KpiStatus Compare(decimal progress, decimal expected) =>
        progress >= expected ? KpiStatus.OnTrack
        : expected - progress <= AtRiskMargin ? KpiStatus.AtRisk
        : KpiStatus.OffTrack;

    /// <summary>Periods whose figure is overdue; nothing is due from an agreement that not every party has signed.</summary>
    private static List<ReportingPeriod> MissingPeriods(AgreementState agreement, KpiState kpi, DateOnly start, DateOnly asOf)
    {
        if (!agreement.FullySigned)
        {
            return [];
        }

        var dueBy = asOf.AddDays(-DaysToReport);
        var lastDay = agreement.LastDay;
        return ReportingPeriod.EndedBetween(start, Dates.Earlier(dueBy, lastDay), kpi.Frequency)
            .Where(period => !kpi.HasMeasurementFor(period))
            .ToList();
    }

    private static KpiTrend Trend(KpiState kpi, IReadOnlyList<MeasurementEntry> current)
    {
        if (current.Count < 2)
        {
            return KpiTrend.Unknown;
        }

        var change = current[^1].Value - current[^2].Value;
        var better = kpi.Direction == KpiDirection.Increase ? change : -change;
        return better switch
        {
            > 0 => KpiTrend.Improving,
            < 0 => KpiTrend.Worsening,
            _ => KpiTrend.Stable,
        };
    }
}
