using System.Text.Json.Serialization;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using Wolverine.Attributes;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>
/// A reporting period passes, with the time allowed to report, and KPIs reported for it have no measurement. One
/// deadline per agreement and period covers every KPI of that frequency: one notification lists them all, and an
/// agreement with five monthly KPIs queues a fifth of the messages.
/// </summary>
public static class KpiReportMissing
{
    public const string MessageKind = "deadline.kpi_report_missing";

    [MessageIdentity(MessageKind)]
    public sealed record Due(AgreementId AgreementId, ReportingPeriod Period, DateOnly Deadline) : IDeadlinePayload
    {
        [JsonIgnore]
        public DateOnly? UsefulUntil => Deadline.AddDays(DeadlineSchedule.StaleAfterDays);
    }

    /// <summary>
    /// Every period some KPI must report within the agreement (from its definition or the agreement's start, whichever
    /// is later), due on the day <see cref="KpiFulfilment"/> first counts the period as not reported.
    /// </summary>
    internal static IEnumerable<ScheduledDeadline> Schedule(AgreementId agreement, DatePeriod period, IEnumerable<KpiReporting> kpis) =>
        kpis.SelectMany(kpi => ReportingPeriod.EndedBetween(Dates.Later(kpi.DefinedOn, period.Start), period.End, kpi.Frequency))
            .Distinct()
            .Select(p => ScheduledDeadline.Of(new Due(agreement, p, p.End.AddDays(KpiFulfilment.DaysToReport)), $"kpi-reports:{p}"));

    /// <summary>The domain's own rule decides which KPIs miss the period; an old gap is left to the KPI views.</summary>
    internal static Notice? Check(Due due, DeadlineCheck check)
    {
        var agreement = check.Agreement;
        var missing = agreement.Kpis
            .Where(kpi => kpi.Frequency == due.Period.Frequency
                && KpiFulfilment.Assess(agreement, kpi, check.Today).MissingPeriods.Contains(due.Period))
            .ToList();
        if (missing.Count == 0)
            return null;
        return new Notice(
            NotificationKinds.KpiNotReported,
            check.AllParties,
            $"Aftalen '{agreement.Title}' mangler måling for {Of(due.Period)}, {KpiFulfilment.DaysToReport} dage efter at perioden " +
            $"sluttede {Date(due.Period.End)}: " +
            string.Join(", ", missing.Select(kpi => $"KPI '{kpi.Name}' (ansvarlig: {check.NameOf(kpi.ResponsibleParty)})")) + ".");
    }
}
