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
    public static bool FindsNothing(IDeadlinePayload due, AgreementState agreement, DateOnly today)
    {
        if (due.Deadline > today)
            return false;
        // The names only go into a notice's text, never into whether there is one.
        var check = new DeadlineCheck(agreement, today, new Dictionary<OrganisationId, string>());
        return due switch
        {
            PaymentOverdue.Due payment => PaymentOverdue.Check(payment, check) is null,
            KpiReportMissing.Due report => KpiReportMissing.Check(report, check) is null,
            MeetingsBehind.Due meetings => MeetingsBehind.Check(meetings, check) is null,
            AgreementEnding.Due ending => AgreementEnding.Check(ending, check) is null,
            AgreementExpiry.Due expiry => !AgreementExpiryHandler.Expire(expiry, agreement, new CommandContext(DeadlineCalendar.StartOf(today), _ => null)).IsSuccess,
            _ => false,
        };
    }
}
