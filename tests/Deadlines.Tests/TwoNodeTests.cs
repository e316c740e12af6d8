using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Messaging;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>Two server nodes run a message runner each on the same database.</summary>
public sealed class TwoNodeTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private const int Agreements = 24;

    /// <summary>Half-year agreements, signed the day they start, with an invoice due in 30 days that nobody pays.</summary>
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly End = Start.AddMonths(6).AddDays(-1);

    [Fact]
    public async Task Two_nodes_write_every_notification_once_and_expire_each_agreement_once_even_when_everything_is_delivered_twice()
    {
        await using var world = await CreateAsync(fixture);
        var ids = new List<AgreementId>();
        for (var i = 0; i < Agreements; i++)
            ids.Add(await EndedWithUnpaidInvoiceAsync(world, i));
        world.AdvanceTo(End.AddDays(1));
        var nodeA = world.Runner("node-a", batchSize: 3);
        var nodeB = world.Runner("node-b", batchSize: 3);

        await Task.WhenAll(world.RunDueDeadlinesAsync(nodeA), world.RunDueDeadlinesAsync(nodeB));
        await AssertEachOnceAsync(world, ids);
        Assert.Equal(0L, await world.ScalarAsync<long>("SELECT count(*) FROM messaging.messages WHERE handled_at IS NULL"));

        // As if every node had died after its handlers' effects but before marking the messages handled.
        await world.ExecuteAsync("UPDATE messaging.messages SET handled_at = NULL, handled_by = NULL");
        await Task.WhenAll(world.RunDueDeadlinesAsync(nodeA), world.RunDueDeadlinesAsync(nodeB));
        await AssertEachOnceAsync(world, ids);
    }

    private static async Task<AgreementId> EndedWithUnpaidInvoiceAsync(DeadlineWorld world, int number)
    {
        var id = await world.SignedAgreementAsync($"Aftale {number}", Start, End);
        var commitment = new CommitmentId(Guid.NewGuid());
        await world.RunAsync(
            new CommitCoFinancing(id, commitment, Aalborg, 10_000m + number, Start.Year, "Aktiviteter", ContributionForm.Cash),
            new InvoiceCoFinancing(id, commitment, new InvoiceId(Guid.NewGuid()), 10_000m + number, Start, Start.AddDays(30)));
        return id;
    }

    private static async Task AssertEachOnceAsync(DeadlineWorld world, IReadOnlyList<AgreementId> ids)
    {
        foreach (var id in ids)
        {
            Assert.Single(await world.Store.FetchStreamAsync(id.Value), e => e.Data is AgreementExpired);
            Assert.Equal(
                [NotificationKinds.AgreementExpired, NotificationKinds.PaymentOverdue],
                (await world.NotificationsOfAsync(id)).Select(n => n.Kind).Order());
        }
        Assert.Equal(2L * ids.Count, await world.ScalarAsync<long>("SELECT count(*) FROM notifications"));
    }
}
