using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.EventStore;

namespace AgreementTracker.Deadlines;

/// <summary>Where the deadlines are scheduled: register the schedule with the event store, next to the domain's events and folds.</summary>
public static class DeadlineSchedule
{
    /// <summary>How long before an agreement's end its parties are reminded to extend or close it.</summary>
    public const int EndingWarningDays = 90;

    /// <summary>Adds <see cref="DeadlineScheduleProjection"/> as an inline projection.</summary>
    public static EventStoreOptions AddTo(EventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add(new DeadlineScheduleProjection(), ProjectionLifecycle.Inline);
        return options;
    }
}
