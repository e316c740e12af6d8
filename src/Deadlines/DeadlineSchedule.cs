using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.EventStore;

namespace AgreementTracker.Deadlines;

/// <summary>Where the deadlines are scheduled: register the schedule with the event store, next to the domain's events and folds.</summary>
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
    /// Adds <see cref="DeadlineScheduleProjection"/> as an inline projection. The store's clock says what today is, for
    /// leaving out deadlines already stale when their event is written or replayed; the handlers get the same clock.
    /// </summary>
    public static EventStoreOptions AddTo(EventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add(new DeadlineScheduleProjection(options.Clock), ProjectionLifecycle.Inline);
        return options;
    }
}
