using System.Globalization;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.TestSupport;
using Wolverine.Tracking;

namespace AgreementTracker.Api.Tests.Scenarios;

public sealed class NotificationScenarioTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Only how long a stuck handler may hang the test; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_municipality_reads_the_overdue_payment_its_deadline_reported()
    {
        await using var host = await ServerHost.StartAsync(database);
        var staff = StaffActions.ForNextStory(host);
        var story = staff.Story;
        var (aalborg, _, agreement) = await staff.SignedAgreementAsync();
        var commitment = await staff.CommitAsync(agreement, aalborg, "250000");
        var due = story.Day(69);

        // The invoice schedules its deadline in its own transaction. Wolverine would fire it when the wall clock
        // reaches it, so the test moves its own clock past the due date and plays the deadline itself.
        var invoicing = await host.Services.TrackActivity(Patience)
            .ExecuteAndWaitAsync(_ => staff.InvoiceAsync(agreement, commitment, "125000", story.SignedOn, due));
        Assert.Equal(due.AddDays(1), invoicing.Scheduled.SingleMessage<PaymentOverdue.Due>().Deadline);
        host.MoveClockTo(due.AddDays(2), hour: 8);
        await invoicing.PlayScheduledMessagesAsync(Patience);

        var response = (await host.GraphQLAsync("""
            query($org: ID!) { notifications(organisationId: $org) { kind message agreement { title } organisations { name } } }
            """, new { org = aalborg })).ShouldSucceed();
        var overdue = Assert.Single(response.At("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "PAYMENT_OVERDUE");
        Assert.Contains("125.000 kr.", overdue.GetProperty("message").GetString());
        Assert.Contains(due.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), overdue.GetProperty("message").GetString());
        Assert.Equal("Grøn omstilling i Aalborg", overdue.GetProperty("agreement").GetProperty("title").GetString());
        Assert.Contains(overdue.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Aalborg Kommune");
    }
}
