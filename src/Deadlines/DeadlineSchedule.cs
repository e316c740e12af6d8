using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using Marten;
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

    /// <summary>
    /// An imported agreement's deadlines: those <see cref="For"/> gives a new agreement, except that each one already
    /// due that only notifies (every kind but the expiry) fires here, against the imported state, as its handler would:
    /// its notification comes back to be written in the import's transaction, at <paramref name="now"/> (and the day
    /// it falls on is the import's today). The national demo set has hundreds of them, and each one queued would load
    /// its agreement again, beside the import, to find what the import has in hand.
    /// </summary>
    /// <param name="names">The organisations' names, for the notifications' text.</param>
    public static ImportedDeadlines ForImport(AgreementState agreement, DateTimeOffset now, IReadOnlyDictionary<OrganisationId, string> names)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var today = DeadlineCalendar.DayOf(now);
        var check = new DeadlineCheck(agreement, today, names);
        var scheduled = new OutgoingMessages();
        var fired = new List<Notification>();
        foreach (var due in DeadlinePlan.For(agreement).Select(d => d.Payload).Where(d => d.IsUsefulOn(today)))
        {
            if (due.Deadline > today || due is AgreementExpiry.Due)
            {
                if (!DueAlready.FindsNothing(due, agreement, today))
                    scheduled.Schedule(due, DeadlineCalendar.StartOf(due.Deadline));
            }
            else if (DueAlready.NoticeOf(due, check) is { } notice)
                fired.Add(notice.ToNotification(Guid.NewGuid(), due, now));
        }
        return new ImportedDeadlines(scheduled, fired);
    }
}

/// <summary>What <see cref="DeadlineSchedule.ForImport"/> found: the deadlines to schedule, and the notifications of those that fired at once.</summary>
public sealed record ImportedDeadlines(OutgoingMessages Scheduled, IReadOnlyList<Notification> Fired)
{
    /// <summary>Queues the fired deadlines' notifications on the import's session, to commit with its events or not at all.</summary>
    public void QueueFired(IDocumentSession session)
    {
        foreach (var notification in Fired)
            session.QueueOperation(new NotificationWrite(notification));
    }
}
