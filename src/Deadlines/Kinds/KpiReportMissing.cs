using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>A KPI's reporting period passes, with the time allowed to report, without a measurement.</summary>
internal static class KpiReportMissing
{
    public const string MessageKind = "deadline.kpi_report_missing";

    internal sealed record Due(AgreementId AgreementId, KpiId KpiId, ReportingPeriod Period, DateOnly Deadline) : IDeadlinePayload;

    /// <summary>
    /// One deadline per period the KPI must report within the agreement (from its definition or the agreement's start,
    /// whichever is later), due on the day <see cref="KpiFulfilment"/> first counts the period as not reported.
    /// </summary>
    public static IEnumerable<ScheduledDeadline> Schedule(AgreementId agreement, DatePeriod period, KpiReporting kpi) =>
        ReportingPeriod.EndedBetween(Dates.Later(kpi.DefinedOn, period.Start), period.End, kpi.Frequency)
            .Select(p => ScheduledDeadline.Of(
                MessageKind,
                new Due(agreement, kpi.KpiId, p, p.End.AddDays(KpiFulfilment.DaysToReport)),
                $"kpi:{kpi.KpiId}:{p}"));

    /// <summary>The domain's own rule decides whether the period is missing; an old gap is left to the KPI views.</summary>
    public static Notice? Check(Due due, DeadlineCheck check)
    {
        var agreement = check.Agreement;
        if (!check.IsNews || agreement.Kpi(due.KpiId) is not { } kpi
            || !KpiFulfilment.Assess(agreement, kpi, check.Today).MissingPeriods.Contains(due.Period))
            return null;
        return new Notice(
            NotificationKinds.KpiNotReported,
            check.AllParties,
            $"KPI '{kpi.Name}' i aftalen '{agreement.Title}' har ingen måling for {Of(due.Period)}, " +
            $"{KpiFulfilment.DaysToReport} dage efter at perioden sluttede {Date(due.Period.End)}. " +
            $"Ansvarlig for indrapportering: {check.NameOf(kpi.ResponsibleParty)}.");
    }
}
