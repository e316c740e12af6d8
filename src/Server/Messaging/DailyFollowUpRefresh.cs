using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using Npgsql;

namespace AgreementTracker.Server.Messaging;

/// <summary>
/// Re-assesses what depends on the date (KPI status against the straight line, overdue payments, meetings due) in the
/// follow-up tables: at start-up, so a day the servers were down is caught up, and then as each new day begins by the
/// clock. Every node may run it: an agreement is re-assessed once a day however many do (rows locked, skip locked),
/// so there is nothing to elect and nothing to schedule.
/// </summary>
public sealed class DailyFollowUpRefresh(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<DailyFollowUpRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var today = Today.On(clock);
            try
            {
                var refreshed = await FollowUpRefresh.RefreshAsync(dataSource, today, stoppingToken);
                if (refreshed > 0)
                    logger.LogInformation("Follow-up re-assessed on {Today:dd-MM-yyyy}: {Agreements} agreements", today, refreshed);
            }
            catch (NpgsqlException e)
            {
                logger.LogWarning(e, "Follow-up re-assessment of {Today:dd-MM-yyyy} failed; it is tried again in a minute", today);
                await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
                continue;
            }
            await Task.Delay(UntilStartOf(today.AddDays(1)), clock, stoppingToken);
        }
    }

    private TimeSpan UntilStartOf(DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        var wait = new DateTimeOffset(start, clock.LocalTimeZone.GetUtcOffset(start)) - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
