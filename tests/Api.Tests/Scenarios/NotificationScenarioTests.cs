using System.Globalization;
using AgreementTracker.Messaging;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Api.Tests.Scenarios;

public sealed class NotificationScenarioTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_municipality_reads_the_overdue_payment_its_deadline_reported()
    {
        await using var host = await FollowUpHost.StartAsync(database, "--Messaging:RunRunner=false");
        var staff = StaffActions.ForNextStory(host);
        var story = staff.Story;
        var (aalborg, _, agreement) = await staff.SignedAgreementAsync();
        var commitment = await staff.CommitAsync(agreement, aalborg, "250000");
        var due = story.Day(69);
        await staff.InvoiceAsync(agreement, commitment, "125000", story.SignedOn, due);

        host.MoveClockTo(due.AddDays(2), hour: 8);
        var runner = host.Services.GetRequiredService<MessageRunner>();
        while (await runner.RunDueAsync() > 0)
        {
        }

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
