using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Deadlines.Tests;

public sealed class NotificationReaderTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddYears(1).AddDays(-1);

    private static NotificationReader ReaderOf(DeadlineWorld world) => world.Host.Services.GetRequiredService<NotificationReader>();

    private static OrganisationId Organisation(string id) => new(Guid.Parse(id));

    [Fact]
    public async Task Each_organisation_reads_the_notifications_that_concern_it_newest_first()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var (first, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        var (second, _) = await world.SignedAgreementAsync("Brint i Hirtshals", Start, End.AddYears(1));
        var dueOn = Start.AddDays(30);
        var invoice = await InvoicedAgreement.ForAsync(world, first, Start, dueOn);
        await world.PlayOnAsync(invoice.Tracked, dueOn.AddDays(1));
        await world.PlayOnAsync(signed, End.AddDays(-90));

        var reader = ReaderOf(world);
        Assert.Equal(
            [NotificationKinds.AgreementEnding, NotificationKinds.PaymentOverdue],
            (await reader.ForOrganisationAsync(Organisation(world.Aalborg), 10)).Select(n => n.Kind));
        Assert.Equal(
            [NotificationKinds.AgreementEnding],
            (await reader.ForOrganisationAsync(Organisation(world.EnergyCluster), 10)).Select(n => n.Kind));
        Assert.Empty(await reader.ForAgreementAsync(new AgreementId(Guid.Parse(second)), 10));
        Assert.Single(await reader.LatestAsync(1));
    }

    [Fact]
    public async Task A_listener_hears_of_each_notification_when_it_is_written()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, End);
        await using var listener = await world.Database.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotificationReader.Channel}", listener))
            await listen.ExecuteNonQueryAsync();

        await world.PlayOnAsync(signed, End.AddDays(-90));
        using var hangGuard = new CancellationTokenSource(DeadlineWorld.Patience);
        await listener.WaitAsync(hangGuard.Token);

        Assert.Equal([Assert.Single(await world.NotificationsOfAsync(id)).Id], heard);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(NotificationReader.MaxLimit + 1)]
    public async Task A_limit_outside_what_is_served_is_refused_with_the_range(int limit)
    {
        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new NotificationReader(fixture.DataSource).LatestAsync(limit));

        Assert.Contains($"between 1 and {NotificationReader.MaxLimit}", refused.Message);
    }
}
