using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.TestSupport;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static AgreementTracker.Deadlines.DeadlineCalendar;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The server started with <c>--demo</c> imports the North Jutland history (2021–2026) and schedules each agreement's
/// deadlines through Wolverine's outbox. Reminders already stale are not scheduled; the deadlines already due by the
/// wall clock fire at once, and what BRN staff then read must be what still needs them, not the history.
/// </summary>
public sealed class ImportedHistoryTests(PostgresDatabaseFixture fixture, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Past_deadlines_of_imported_history_leave_only_what_still_needs_someone()
    {
        await using var world = await DeadlineWorld.WithOrganisationsAsync(await ServerHost.StartAsync(fixture, "--demo"));
        var today = world.Today;

        await world.DueDeadlinesHandledAsync();

        var notifications = await world.Host.Services.GetRequiredService<NotificationReader>().LatestAsync(NotificationReader.MaxLimit);
        output.WriteLine($"{notifications.Count} notifications:");
        foreach (var n in notifications)
            output.WriteLine($"  {n.Kind}: {n.Message}");
        Assert.Equal(0L, await world.Database.ScalarAsync<long>($"SELECT count(*) FROM {DeadlineWorld.DeadLetters}"));
        Assert.DoesNotContain(await world.WaitingDeadlinesAsync(), d =>
            d.Kind is Kinds.KpiReportMissing.MessageKind or Kinds.MeetingsBehind.MessageKind && d.DueAt < StartOf(today.AddDays(-DeadlineSchedule.StaleAfterDays)));
        Assert.InRange(notifications.Count, 1, DemoDataGenerator.NorthJutlandAgreementCount);
        await using var session = world.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        foreach (var notification in notifications)
        {
            var agreement = (await session.LoadAsync<AgreementState>(notification.AgreementId))!;
            switch (notification.Kind)
            {
                case NotificationKinds.PaymentOverdue:
                    Assert.True(CoFinancingLedger.Totals(CoFinancingLedger.ByPartyAndYear(agreement, today)).Overdue > 0, notification.Message);
                    break;
                case NotificationKinds.AgreementEnding:
                    Assert.InRange(agreement.Period.End, today, today.AddDays(DeadlineSchedule.EndingWarningDays));
                    break;
                case NotificationKinds.AgreementExpired:
                    var expiry = Assert.Single(await world.EventsOfAsync(notification.AgreementId.Value.ToString()), e => e.Data is AgreementExpired);
                    Assert.Equal(Kinds.AgreementExpiry.Actor, expiry.UserName);
                    break;
                default:
                    Assert.InRange(DayOf(notification.DueAt), today.AddDays(-DeadlineSchedule.StaleAfterDays), today);
                    break;
            }
        }
    }
}
