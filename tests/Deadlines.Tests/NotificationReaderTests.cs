using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using Npgsql;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class NotificationReaderTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Each_organisation_reads_the_notifications_that_concern_it_newest_first()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var first = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var second = await world.SignedAgreementAsync("Brint i Hirtshals", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        var commitment = new CommitmentId(Guid.NewGuid());
        await world.RunAsync(
            new CommitCoFinancing(first, commitment, Aalborg, 50_000m, 2026, "Aktiviteter", ContributionForm.Cash),
            new InvoiceCoFinancing(first, commitment, new InvoiceId(Guid.NewGuid()), 50_000m, new DateOnly(2026, 1, 5), new DateOnly(2026, 3, 31)));
        world.Today(2026, 4, 1);
        await world.RunDueDeadlinesAsync();
        world.Today(2026, 10, 2);
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
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        await using var listener = await world.DataSource.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotificationReader.Channel}", listener))
            await listen.ExecuteNonQueryAsync();

        world.Today(2026, 10, 2);
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
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => world.Notifications.LatestAsync(limit));

        Assert.Contains($"between 1 and {NotificationReader.MaxLimit}", refused.Message);
    }
}
