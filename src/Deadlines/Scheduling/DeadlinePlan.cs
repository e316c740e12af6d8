using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>
/// Every date-driven deadline an agreement has, given what the schedule knows of it (the old store's projection schedules
/// invoices one by one as they come), or given its whole state.
/// </summary>
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
    public static IEnumerable<ScheduledDeadline> Added(AgreementId agreement, DeadlineFacts? before, DeadlineFacts after) =>
        WithoutKeysOf(before is null ? [] : For(agreement, before), For(agreement, after));

    /// <summary>Every deadline the agreement has as it stands, one per invoice among them.</summary>
    public static IEnumerable<ScheduledDeadline> For(AgreementState agreement) =>
        For(agreement.Id, DeadlineFacts.Of(agreement)).Concat(
            agreement.Commitments.SelectMany(c => c.Invoices.Select(invoice => PaymentOverdue.Schedule(agreement.Id, c.Id, invoice))));

    /// <summary>The deadlines <paramref name="after"/> has that <paramref name="before"/> (null before the first event) did not.</summary>
    public static IEnumerable<ScheduledDeadline> Added(AgreementState? before, AgreementState after) =>
        WithoutKeysOf(before is null ? [] : For(before), For(after));

    private static IEnumerable<ScheduledDeadline> WithoutKeysOf(IEnumerable<ScheduledDeadline> existing, IEnumerable<ScheduledDeadline> deadlines)
    {
        var keys = existing.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return deadlines.Where(d => !keys.Contains(d.Key));
    }
}
