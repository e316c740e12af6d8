using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// A deadline delivered twice, the same envelope from Wolverine's inbox (as when a node lost the mark of having handled
/// it), still has one effect: the notification's id is the envelope's, and the expiry is decided against the agreement
/// as the first delivery left it.
/// </summary>
public sealed class RedeliveryTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateOnly Start = TestClock.Today;

    [Fact]
    public async Task A_payment_deadline_delivered_twice_writes_one_notification_under_its_envelopes_id()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var dueOn = Start.AddDays(30);
        var invoice = await InvoicedAgreement.OfAsync(world, Start, Start, dueOn);
        var envelope = Assert.Single(invoice.Tracked.Scheduled.Envelopes()).Id;
        world.MoveTo(dueOn.AddDays(1));

        await world.DeliverFromInboxAsync([envelope]);
        await world.DeliverFromInboxAsync([envelope]);

        Assert.Equal(envelope.ToString(), Assert.Single(await world.NotificationsOfAsync(invoice.Agreement)).Id);
    }

    [Fact]
    public async Task An_expiry_delivered_twice_expires_the_agreement_once()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        var end = Start.AddMonths(6).AddDays(-1);
        var (id, signed) = await world.SignedAgreementAsync("Energi i Nordjylland", Start, end);
        var expiry = Assert.Single(signed.Scheduled.Envelopes(), e => e.Message is AgreementExpiry.Due).Id;
        world.MoveTo(end.AddDays(1));

        await world.DeliverFromInboxAsync([expiry]);
        await world.DeliverFromInboxAsync([expiry]);

        Assert.Single(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);
        Assert.Equal(expiry.ToString(), Assert.Single(await world.NotificationsOfAsync(id)).Id);
    }
}
