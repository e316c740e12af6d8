using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>Every deadline an agreement has as it stands, and those a change adds.</summary>
internal static class DeadlinePlan
{
    /// <summary>
    /// Every deadline the agreement has as it stands, one per invoice with money still owed among them. Payments only
    /// ever reduce what is owed, so an invoice paid in full never falls overdue: an imported history's paid invoices
    /// (most of them, all long past their due dates) would otherwise each fire at once and find nothing to say.
    /// </summary>
    public static IEnumerable<ScheduledDeadline> For(AgreementState agreement) =>
        For(agreement.Id, DeadlineFacts.Of(agreement)).Concat(
            agreement.Commitments.SelectMany(c => c.Invoices
                .Where(invoice => invoice.Outstanding > 0)
                .Select(invoice => PaymentOverdue.Schedule(agreement.Id, c.Id, invoice))));

    /// <summary>The deadlines <paramref name="after"/> has that <paramref name="before"/> (null before the first event) did not.</summary>
    public static IEnumerable<ScheduledDeadline> Added(AgreementState? before, AgreementState after)
    {
        var existing = before is null ? [] : For(before).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return For(after).Where(d => !existing.Contains(d.Key));
    }

    /// <summary>The date-driven deadlines: the end's reminder and expiry, each KPI period, each meeting checkpoint.</summary>
    private static IEnumerable<ScheduledDeadline> For(AgreementId agreement, DeadlineFacts facts)
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
}
