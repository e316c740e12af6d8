using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using Wolverine;

namespace AgreementTracker.Deadlines;

/// <summary>
/// Where the deadlines are scheduled: <see cref="For"/> gives a change's handler (or an import) the deadlines it adds as
/// Wolverine scheduled messages, which the Marten outbox stores in the transaction of the change's events.
/// </summary>
public static class DeadlineSchedule
{
    /// <summary>How long before an agreement's end its parties are reminded to extend or close it.</summary>
    public const int EndingWarningDays = 90;

    /// <summary>
    /// A reminder (a KPI period not reported, meetings behind the cadence) this many days past its deadline is old news:
    /// the follow-up views already show the gap, and a burst of them (imported history, a long outage, a rebuild) would
    /// bury the current ones. So it is neither queued nor, if it fires that late, written.
    /// </summary>
    public const int StaleAfterDays = 14;

    /// <summary>
    /// The deadlines <paramref name="after"/> has that <paramref name="before"/> did not (all of them when
    /// <paramref name="before"/> is null: a new or imported agreement), each scheduled for the start of its day, leaving
    /// out those no longer of use <paramref name="today"/> and those already due whose check finds nothing in
    /// <paramref name="after"/> (<see cref="DueAlready"/>). It only ever adds: a deadline whose cause went away stays
    /// scheduled and does nothing when it fires, since every handler checks the agreement as it is then.
    /// </summary>
    public static OutgoingMessages For(AgreementState? before, AgreementState after, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(after);
        var messages = new OutgoingMessages();
        foreach (var deadline in DeadlinePlan.Added(before, after).Where(d => d.Payload.IsUsefulOn(today) && !DueAlready.FindsNothing(d.Payload, after, today)))
            messages.Schedule(deadline.Payload, DeadlineCalendar.StartOf(deadline.Payload.Deadline));
        return messages;
    }
}
