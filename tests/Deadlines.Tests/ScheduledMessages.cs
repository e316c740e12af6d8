using AgreementTracker.Deadlines.Scheduling;
using Wolverine;
using Wolverine.Tracking;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>Deadlines as Wolverine schedules them: each with the moment it falls due.</summary>
internal static class ScheduledMessages
{
    public static IReadOnlyList<(IDeadlinePayload Message, DateTimeOffset At)> Of(OutgoingMessages messages) =>
        InOrder(messages
            .Select(m => Assert.IsType<DeliveryMessage<IDeadlinePayload>>(m))
            .Select(d => (d.Message, d.Options.ScheduledTime ?? throw new InvalidOperationException($"{d.Message} is sent at once, not scheduled."))));

    /// <summary>What Wolverine scheduled in a tracked session: each deadline and when it falls due.</summary>
    public static IReadOnlyList<(IDeadlinePayload Message, DateTimeOffset At)> Of(ITrackedSession tracked) =>
        InOrder(tracked.Scheduled.Envelopes()
            .Select(e => ((IDeadlinePayload)e.Message!, e.ScheduledTime ?? throw new InvalidOperationException($"{e.Message} is sent at once, not scheduled."))));

    /// <summary>Earliest first, then by kind, so two schedules compare whatever order they were planned in.</summary>
    public static IReadOnlyList<(IDeadlinePayload Message, DateTimeOffset At)> InOrder(IEnumerable<(IDeadlinePayload Message, DateTimeOffset At)> scheduled) =>
        scheduled
            .OrderBy(s => s.At)
            .ThenBy(s => s.Message.GetType().FullName, StringComparer.Ordinal)
            .ThenBy(s => s.Message.ToString(), StringComparer.Ordinal)
            .ToList();

    /// <summary>Midnight UTC at the start of the day.</summary>
    public static DateTimeOffset StartOf(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
