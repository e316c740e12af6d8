using AgreementTracker.Domain.Agreements;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>Two server nodes on one database: Wolverine hands each deadline to one of them, and its effect happens once.</summary>
public sealed class TwoNodeTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Agreements = 8;

    /// <summary>Half-year agreements, signed the day they start, with an invoice due in 30 days that nobody pays.</summary>
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddMonths(6).AddDays(-1);

    [Fact]
    public async Task Two_nodes_write_every_notification_once_and_expire_each_agreement_once_even_when_everything_is_delivered_twice()
    {
        await using var world = await DeadlineWorld.StartAsync(fixture);
        await using var second = await ServerHost.StartOnAsync(world.Host.ConnectionString, world.Host.Clock);
        var agreements = new List<string>();
        var deadlines = new List<Guid>();
        for (var i = 0; i < Agreements; i++)
        {
            var (id, signed) = await world.SignedAgreementAsync($"Aftale {i}", Start, End);
            var invoice = await InvoicedAgreement.ForAsync(world, id, Start, Start.AddDays(30));
            agreements.Add(id);
            deadlines.AddRange(signed.Scheduled.Envelopes().Concat(invoice.Tracked.Scheduled.Envelopes()).Select(e => e.Id));
        }
        Assert.Equal(3 * Agreements, deadlines.Count);
        world.MoveTo(End.AddDays(1));

        await world.DeliverFromInboxAsync(deadlines, second);
        await AssertEachOnceAsync(world, agreements);

        await world.DeliverFromInboxAsync(deadlines, second);
        await AssertEachOnceAsync(world, agreements);
    }

    /// <summary>The reminder of the end fired too late to say anything; the expiry and the unpaid invoice once each.</summary>
    private static async Task AssertEachOnceAsync(DeadlineWorld world, IReadOnlyList<string> agreements)
    {
        foreach (var id in agreements)
        {
            Assert.Single(await world.EventsOfAsync(id), e => e.Data is AgreementExpired);
            Assert.Equal(["AGREEMENT_EXPIRED", "PAYMENT_OVERDUE"], (await world.NotificationsOfAsync(id)).Select(n => n.Kind).Order());
        }
        Assert.Equal(2L * agreements.Count, await world.Database.ScalarAsync<long>("SELECT count(*) FROM public.notifications"));
    }
}
