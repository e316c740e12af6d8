using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>Every date-driven deadline an agreement has, given what the schedule knows of it. Invoices are scheduled one by one as they come.</summary>
internal static class DeadlinePlan
{
    public static IEnumerable<ScheduledDeadline> For(AgreementId agreement, DeadlineFacts facts)
    {
        yield return AgreementEnding.Schedule(agreement, facts.Period.End);
        yield return AgreementExpiry.Schedule(agreement, facts.Period.End);
        foreach (var deadline in KpiReportMissing.Schedule(agreement, facts.Period, facts.Kpis))
            yield return deadline;
        if (facts.CadenceFrom is { } cadenceFrom)
        {
            foreach (var deadline in MeetingsBehind.Schedule(agreement, facts.Period, cadenceFrom))
                yield return deadline;
        }
    }

    /// <summary>The deadlines <paramref name="after"/> has that <paramref name="before"/> did not.</summary>
    public static IEnumerable<ScheduledDeadline> Added(AgreementId agreement, DeadlineFacts? before, DeadlineFacts after)
    {
        var existing = before is null ? [] : For(agreement, before).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return For(agreement, after).Where(d => !existing.Contains(d.Key));
    }
}
