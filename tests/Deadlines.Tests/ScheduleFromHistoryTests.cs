using System.Globalization;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The schedule from states (<see cref="DeadlineSchedule.For"/>, for Wolverine) against the schedule from events (the old
/// store's <see cref="DeadlineScheduleProjection"/>): over the whole North Jutland history, event by event, both add the
/// same deadlines for the same moments.
/// </summary>
public sealed class ScheduleFromHistoryTests
{
    /// <summary>Before the history begins, when nothing is stale yet; and the demo data's own today.</summary>
    public static TheoryData<string> Todays => ["2021-01-01", "2026-11-15"];

    [Theory]
    [MemberData(nameof(Todays))]
    public void Event_by_event_the_schedule_from_states_adds_what_the_schedule_from_events_queued(string todayText)
    {
        var today = DateOnly.Parse(todayText, CultureInfo.InvariantCulture);
        var scheduled = 0;
        foreach (var stream in DemoDataGenerator.NorthJutland().Where(s => s.Kind == StreamKind.Agreement))
        {
            var agreement = new AgreementId(stream.Id);
            AgreementState? state = null;
            DeadlineFacts? facts = null;
            foreach (var e in stream.Events.Select(e => e.Data))
            {
                var stateAfter = Agreement.Evolve(state, e);
                var factsAfter = DeadlineFacts.Evolve(facts, e);

                var fromState = ScheduledMessages.Of(DeadlineSchedule.For(state, stateAfter, today));

                Assert.Equal(ScheduledMessages.InOrder(FromEvents(agreement, facts, factsAfter, e, today)), fromState);
                scheduled += fromState.Count;
                (state, facts) = (stateAfter, factsAfter);
            }
        }
        Assert.True(scheduled > 100, $"Only {scheduled} deadlines scheduled: the comparison proves little.");
    }

    /// <summary>What <see cref="DeadlineScheduleProjection"/> queues for one event, due when its message would be.</summary>
    private static IEnumerable<(IDeadlinePayload, DateTimeOffset)> FromEvents(
        AgreementId agreement, DeadlineFacts? before, DeadlineFacts? after, object e, DateOnly today)
    {
        var deadlines = new List<ScheduledDeadline>();
        if (e is CoFinancingInvoiced invoiced)
            deadlines.Add(PaymentOverdue.Schedule(agreement, invoiced));
        if (after is not null && !ReferenceEquals(after, before))
            deadlines.AddRange(DeadlinePlan.Added(agreement, before, after));
        return deadlines.Where(d => d.Payload.IsUsefulOn(today)).Select(d => (d.Payload, d.ToMessage().DueAt));
    }
}
