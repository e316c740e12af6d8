using AgreementTracker.Deadlines.Handling;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>
/// A deadline that is already due when a change adds it (an imported history's, a KPI defined late) fires at once,
/// against the very state the change leaves. So it is checked here first, by its handler's own check, and queued only
/// if that finds something to do. Loading the national demo set otherwise queued some 18,000 such deadlines that each
/// loaded their agreement, beside the load, to find nothing.
/// </summary>
internal static class DueAlready
{
    private static readonly IReadOnlyDictionary<OrganisationId, string> NoNames = new Dictionary<OrganisationId, string>();

    public static bool FindsNothing(IDeadlinePayload due, AgreementState agreement, DateOnly today)
    {
        if (due.Deadline > today)
            return false;
        if (due is AgreementExpiry.Due expiry)
            return !AgreementExpiryHandler.Expire(expiry, agreement, new CommandContext(DeadlineCalendar.StartOf(today), _ => null)).IsSuccess;
        // The names only go into a notice's text, never into whether there is one.
        return NoticeOf(due, new DeadlineCheck(agreement, today, NoNames)) is null;
    }

    /// <summary>What a deadline that only notifies (every kind but the expiry, which records an event) finds: its notice, or null for nothing.</summary>
    public static Notice? NoticeOf(IDeadlinePayload due, DeadlineCheck check) => due switch
    {
        PaymentOverdue.Due payment => PaymentOverdue.Check(payment, check),
        KpiReportMissing.Due report => KpiReportMissing.Check(report, check),
        MeetingsBehind.Due meetings => MeetingsBehind.Check(meetings, check),
        AgreementEnding.Due ending => AgreementEnding.Check(ending, check),
        _ => throw new ArgumentException($"A {due.GetType().Name} does not only notify.", nameof(due)),
    };
}
