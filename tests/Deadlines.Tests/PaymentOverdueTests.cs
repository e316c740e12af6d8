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

    /// <summary>The commitment is made the day the agreement starts, invoiced two months on and due 30 days later.</summary>
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly InvoicedOn = Start.AddMonths(2);
    private static readonly DateOnly DueOn = InvoicedOn.AddDays(30);

    private static async Task<AgreementId> InvoicedAsync(DeadlineWorld world)
    {
        var id = await world.SignedAgreementAsync("Energi i Nordjylland", Start, Start.AddYears(2).AddDays(-1));
        await world.RunAsync(new CommitCoFinancing(id, Commitment, Aalborg, 50_000m, Start.Year, "Klyngeaktiviteter i Aalborg", ContributionForm.Cash));
        world.AdvanceTo(InvoicedOn);
        await world.RunAsync(new InvoiceCoFinancing(id, Commitment, Invoice, 50_000m, InvoicedOn, DueOn));
        return id;
    }

    [Fact]
    public async Task An_unpaid_invoice_is_reported_to_the_payer_and_the_coordinator_the_day_after_its_due_date()
    {
        await using var world = await CreateAsync(fixture);
        var id = await InvoicedAsync(world);

        var dayAfter = DueOn.AddDays(1);
        var notification = await world.NotifiedOnlyOnAsync(id, quietOn: DueOn, notifiedOn: dayAfter);
        Assert.Equal(NotificationKinds.PaymentOverdue, notification.Kind);
        Assert.Equal(
            $"Betaling på 50.000 kr. fra Aalborg Kommune forfaldt {DanishDate(DueOn)} (medfinansiering {Start.Year} af aftalen 'Energi i Nordjylland').",
            notification.Message);
        Assert.Equal([Aalborg, Brn], notification.Organisations);
        Assert.Equal(new DateTimeOffset(dayAfter, TimeOnly.MinValue, TimeSpan.Zero), notification.DueAt);
        Assert.Equal(world.Clock.GetUtcNow(), notification.CreatedAt);
    }

    [Fact]
    public async Task An_invoice_paid_in_time_is_not_reported()
    {
        await using var world = await CreateAsync(fixture);
        var id = await InvoicedAsync(world);
        var paidOn = DueOn.AddDays(-11);
        world.AdvanceTo(paidOn);
        await world.RunAsync(new PayCoFinancing(id, Commitment, Invoice, 50_000m, paidOn));

        world.AdvanceTo(DueOn.AddDays(1));
        await world.RunDueDeadlinesAsync();

        Assert.Empty(await world.NotificationsOfAsync(id));
        Assert.Equal(1L, await world.ScalarAsync<long>(
            "SELECT count(*) FROM messaging.messages WHERE kind = 'deadline.payment_overdue' AND handled_at IS NOT NULL"));
    }

    [Fact]
    public async Task A_partly_paid_invoice_is_reported_with_what_is_still_owed()
    {
        await using var world = await CreateAsync(fixture);
        var id = await InvoicedAsync(world);
        var paidOn = DueOn.AddDays(-11);
        world.AdvanceTo(paidOn);
        await world.RunAsync(new PayCoFinancing(id, Commitment, Invoice, 12_500.50m, paidOn));

        world.AdvanceTo(DueOn.AddDays(2));
        await world.RunDueDeadlinesAsync();

        var notification = Assert.Single(await world.NotificationsOfAsync(id));
        Assert.StartsWith($"Betaling på 37.499,50 kr. fra Aalborg Kommune forfaldt {DanishDate(DueOn)}", notification.Message);
    }
}
