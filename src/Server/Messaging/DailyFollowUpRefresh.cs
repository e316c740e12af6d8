using AgreementTracker.Messaging;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using Npgsql;

namespace AgreementTracker.Server.Messaging;

/// <summary>
/// Once a day, re-assess what depends on the date (KPI status against the straight line, overdue payments, meetings
/// due) in the follow-up tables. A durable message per day, so it runs once a day across all nodes, and a day the
/// servers were down is caught up at the next start.
/// </summary>
public static class DailyFollowUpRefresh
{
    public const string Kind = "follow-up-day-started";

    private sealed record Day(DateOnly Date);

    public static MessageHandlers Register(MessageHandlers handlers, NpgsqlDataSource dataSource, TimeProvider clock, ILogger logger) =>
        handlers.Handle(Kind, async (message, ct) =>
        {
            var today = Today.On(clock);
            var refreshed = await FollowUpRefresh.RefreshAsync(dataSource, today, ct);
            logger.LogInformation("Follow-up re-assessed on {Today:dd-MM-yyyy}: {Agreements} agreements", today, refreshed);
            await ScheduleAsync(dataSource, today.AddDays(1), clock, ct);
        });

    /// <summary>Schedules the refresh of <paramref name="day"/> at its first moment (a day already refreshed stays done).</summary>
    public static async Task ScheduleAsync(NpgsqlDataSource dataSource, DateOnly day, TimeProvider clock, CancellationToken ct)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await MessageQueue.EnqueueAsync(connection, null, new OutgoingMessage(Kind, new Day(day), new DateTimeOffset(start, clock.LocalTimeZone.GetUtcOffset(start)))
        {
            DeduplicationKey = $"{Kind}:{day:yyyy-MM-dd}",
        }, ct);
    }
}
