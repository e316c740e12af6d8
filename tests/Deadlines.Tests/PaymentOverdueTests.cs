using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class PaymentOverdueTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly CommitmentId Commitment = new(Guid.Parse("c0000000-0000-4000-8000-000000000001"));
    private static readonly InvoiceId Invoice = new(Guid.Parse("10000000-0000-4000-8000-000000000001"));

    private static async Task<AgreementId> InvoicedAsync(DeadlineWorld world)
    {
        world.Today(2026, 1, 5);
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        await world.RunAsync(new CommitCoFinancing(id, Commitment, Aalborg, 50_000m, 2026, "Klyngeaktiviteter i Aalborg", ContributionForm.Cash));
        world.Today(2026, 3, 1);
        await world.RunAsync(new InvoiceCoFinancing(id, Commitment, Invoice, 50_000m, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
        return id;
    }

    [Fact]
    public async Task An_unpaid_invoice_is_reported_to_the_payer_and_the_coordinator_the_day_after_its_due_date()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await InvoicedAsync(world);

        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: new DateOnly(2026, 3, 31), notifiedOn: new DateOnly(2026, 4, 1));
        Assert.Equal(NotificationKinds.PaymentOverdue, notification.Kind);
        Assert.Equal(
            "Betaling på 50.000 kr. fra Aalborg Kommune forfaldt 31-03-2026 (medfinansiering 2026 af aftalen 'Energi i Nordjylland').",
            notification.Message);
        Assert.Equal([Aalborg, Brn], notification.Organisations);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), notification.DueAt);
        Assert.Equal(world.Clock.Now, notification.CreatedAt);
    }

    [Fact]
    public async Task An_invoice_paid_in_time_is_not_reported()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await InvoicedAsync(world);
        world.Today(2026, 3, 20);
        await world.RunAsync(new PayCoFinancing(id, Commitment, Invoice, 50_000m, new DateOnly(2026, 3, 20)));

        world.Today(2026, 4, 1);
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Equal(1L, await world.ScalarAsync<long>(
            "SELECT count(*) FROM messaging.messages WHERE kind = 'deadline.payment_overdue' AND handled_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_partly_paid_invoice_is_reported_with_what_is_still_owed()
    {
        await using var world = await CreateAsync(fixture, new DateOnly(2026, 1, 5));
        var id = await InvoicedAsync(world);
        world.Today(2026, 3, 20);
        await world.RunAsync(new PayCoFinancing(id, Commitment, Invoice, 12_500.50m, new DateOnly(2026, 3, 20)));

        world.Today(2026, 4, 2);
        await world.RunDueDeadlinesAsync();

        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.StartsWith("Betaling på 37.499,50 kr. fra Aalborg Kommune forfaldt 31-03-2026", notification.Message);
    }
}
