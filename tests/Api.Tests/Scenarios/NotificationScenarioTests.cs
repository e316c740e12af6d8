using AgreementTracker.Messaging;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Api.Tests.Scenarios;

public sealed class NotificationScenarioTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_municipality_reads_the_overdue_payment_its_deadline_reported()
    {
        var clock = FixedClock.On(2026, 1, 15);
        await using var host = await FollowUpHost.StartAsync(database, clock, "--Messaging:RunRunner=false");
        var staff = new StaffActions(host);
        var (aalborg, _, agreement) = await staff.SignedAgreementAsync();
        var commitment = await staff.CommitAsync(agreement, aalborg, "250000");
        await staff.InvoiceAsync(agreement, commitment, "125000", "2026-01-15", "2026-03-10");

        clock.Now = new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero);
        var runner = host.Services.GetRequiredService<MessageRunner>();
        while (await runner.RunDueAsync() > 0)
        {
        }

        var response = (await host.GraphQLAsync("""
            query($org: ID!) { notifications(organisationId: $org) { kind message agreement { title } organisations { name } } }
            """, new { org = aalborg })).ShouldSucceed();
        var overdue = Assert.Single(response.At("notifications").EnumerateArray(), n => n.GetProperty("kind").GetString() == "PAYMENT_OVERDUE");
        Assert.Contains("125.000 kr.", overdue.GetProperty("message").GetString());
        Assert.Contains("10-03-2026", overdue.GetProperty("message").GetString());
        Assert.Equal("Grøn omstilling i Aalborg", overdue.GetProperty("agreement").GetProperty("title").GetString());
        Assert.Contains(overdue.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("name").GetString() == "Aalborg Kommune");
    }
}
