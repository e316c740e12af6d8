using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.TestSupport;
using Xunit.Abstractions;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The North Jutland demo data (2021–2026) imported with its original times schedules hundreds of deadlines that are
/// already past. Reminders already stale are not even queued; the rest fire at once, and what BRN staff then read
/// must be what still needs them, not the history.
/// </summary>
public sealed class ImportedHistoryTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Past_deadlines_of_imported_history_leave_only_what_still_needs_someone()
    {
        await using var world = await DeadlineWorld.CreateAsync(fixture);
        var today = world.Today;
        await DemoImport.AppendAsync(world.Store, DemoDataGenerator.NorthJutland());

        await world.RunDueDeadlinesAsync();

        var notifications = await world.Notifications.LatestAsync(NotificationReader.MaxLimit);
        var fired = await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE handled_at IS NOT NULL");
        output.WriteLine($"{fired} deadlines fired, {notifications.Count} notifications:");
        foreach (var n in notifications)
            output.WriteLine($"  {n.Kind}: {n.Message}");

        Assert.Equal(0L, await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE dead_at IS NOT NULL"));
        Assert.Equal(0L, await world.ScalarAsync<long>(
            "SELECT count(*) FROM messaging.messages WHERE kind IN ('deadline.kpi_report_missing', 'deadline.meetings_behind') AND due_at < $1",
            DeadlineCalendar.StartOf(today.AddDays(-DeadlineSchedule.StaleAfterDays))));
        Assert.InRange(notifications.Count, 1, DemoDataGenerator.NorthJutlandAgreementCount);
        foreach (var notification in notifications)
        {
            var agreement = (await world.Store.AggregateStreamAsync<AgreementState?>(notification.AgreementId.Value))!;
            var deadline = DateOnly.FromDateTime(notification.DueAt.UtcDateTime);
            switch (notification.Kind)
            {
                case NotificationKinds.PaymentOverdue:
                    Assert.True(CoFinancingLedger.Totals(CoFinancingLedger.ByPartyAndYear(agreement, today)).Overdue > 0, notification.Message);
                    break;
                case NotificationKinds.AgreementEnding:
                    Assert.InRange(agreement.Period.End, today, today.AddDays(DeadlineSchedule.EndingWarningDays));
                    break;
                case NotificationKinds.AgreementExpired:
                    var expiry = Assert.Single(await world.Store.FetchStreamAsync(notification.AgreementId.Value), e => e.Data is AgreementExpired);
                    Assert.Equal("system:deadlines", expiry.Metadata.Actor);
                    break;
                default:
                    Assert.InRange(deadline, today.AddDays(-DeadlineSchedule.StaleAfterDays), today);
                    break;
            }
        }
    }
}
