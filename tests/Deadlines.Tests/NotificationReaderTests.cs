using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using Npgsql;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class NotificationReaderTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddYears(1).AddDays(-1);

    [Fact]
    public async Task Each_organisation_reads_the_notifications_that_concern_it_newest_first()
    {
        await using var world = await CreateAsync(fixture);
        var first = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        var second = await world.SignedAgreementAsync("Brint i Hirtshals", Start, End.AddYears(1));
        var commitment = new CommitmentId(Guid.NewGuid());
        var dueOn = Start.AddDays(30);
        await world.RunAsync(
            new CommitCoFinancing(first, commitment, Aalborg, 50_000m, Start.Year, "Aktiviteter", ContributionForm.Cash),
            new InvoiceCoFinancing(first, commitment, new InvoiceId(Guid.NewGuid()), 50_000m, Start, dueOn));
        world.AdvanceTo(dueOn.AddDays(1));
        await world.RunDueDeadlinesAsync();
        world.AdvanceTo(End.AddDays(-90));
        await world.RunDueDeadlinesAsync();

        Assert.Equal(
            [NotificationKinds.AgreementEnding, NotificationKinds.PaymentOverdue],
            (await world.Notifications.ForOrganisationAsync(Aalborg, 10)).Select(n => n.Kind));
        Assert.Equal(
            [NotificationKinds.AgreementEnding],
            (await world.Notifications.ForOrganisationAsync(EnergyCluster, 10)).Select(n => n.Kind));
        Assert.Empty(await world.NotificationsOfAsync(second));
        Assert.Single(await world.Notifications.LatestAsync(1));
    }

    [Fact]
    public async Task A_listener_hears_of_each_notification_when_it_is_written()
    {
        await using var world = await CreateAsync(fixture);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        await using var listener = await world.DataSource.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotificationReader.Channel}", listener))
            await listen.ExecuteNonQueryAsync();

        world.AdvanceTo(End.AddDays(-90));
        await world.RunDueDeadlinesAsync();
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await listener.WaitAsync(hangGuard.Token);

        Assert.Equal([Assert.Single(await world.NotificationsOfAsync(id)).Id.ToString()], heard);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(NotificationReader.MaxLimit + 1)]
    public async Task A_limit_outside_what_is_served_is_refused_with_the_range(int limit)
    {
        await using var world = await CreateAsync(fixture);

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => world.Notifications.LatestAsync(limit));

        Assert.Contains($"between 1 and {NotificationReader.MaxLimit}", refused.Message);
    }
}
