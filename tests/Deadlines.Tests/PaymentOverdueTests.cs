using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.TestSupport;
using static AgreementTracker.Deadlines.DeadlineCalendar;
using static AgreementTracker.Deadlines.Tests.DeadlineWorld;

namespace AgreementTracker.Deadlines.Tests;

public sealed class PaymentOverdueTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>The commitment is made the day the agreement starts, invoiced two months on and due 30 days later.</summary>
    private static readonly DateOnly Start = TestClock.Today;
    private static readonly DateOnly InvoicedOn = Start.AddMonths(2);
    private static readonly DateOnly DueOn = InvoicedOn.AddDays(30);

    [Fact]
    public async Task An_unpaid_invoice_is_reported_to_the_payer_and_the_coordinator_the_day_after_its_due_date()
    {
        await using var world = await StartAsync(fixture);
        var invoice = await InvoicedAgreement.OfAsync(world, Start, InvoicedOn, DueOn);

        var overdue = Assert.Single(ScheduledMessages.Of(invoice.Tracked));
        Assert.Equal(StartOf(DueOn.AddDays(1)), overdue.At);
        await world.PlayOnAsync(invoice.Tracked, DueOn.AddDays(1));

        var notification = Assert.Single(await world.NotificationsOfAsync(invoice.Agreement));
        Assert.Equal("PAYMENT_OVERDUE", notification.Kind);
        Assert.Equal(
            $"Betaling på 50.000 kr. fra Aalborg Kommune forfaldt {DanishDate(DueOn)} (medfinansiering {Start.Year} af aftalen 'Energi i Nordjylland').",
            notification.Message);
        Assert.Equal([world.Aalborg, world.Brn], notification.Organisations);
        Assert.Equal(StartOf(DueOn.AddDays(1)), notification.DueAt);
        Assert.Equal(world.Host.Clock.GetUtcNow(), notification.CreatedAt);
    }

    [Fact]
    public async Task An_unpaid_invoice_is_reported_from_the_agreements_events_while_its_document_is_being_rebuilt()
    {
        await using var world = await StartAsync(fixture);
        var invoice = await InvoicedAgreement.OfAsync(world, Start, InvoicedOn, DueOn);
        // What Marten's rebuild of the agreement projection does first: its documents are deleted, then written again.
        await world.Database.ExecuteAsync($"DELETE FROM {FollowUpTables.AgreementDocuments} WHERE id = $1", Guid.Parse(invoice.Agreement));

        await world.PlayOnAsync(invoice.Tracked, DueOn.AddDays(1));

        Assert.Equal("PAYMENT_OVERDUE", Assert.Single(await world.NotificationsOfAsync(invoice.Agreement)).Kind);
    }

    [Fact]
    public async Task An_invoice_paid_in_time_is_not_reported_when_its_deadline_fires()
    {
        await using var world = await StartAsync(fixture);
        var invoice = await InvoicedAgreement.OfAsync(world, Start, InvoicedOn, DueOn);
        world.MoveTo(DueOn.AddDays(-11));
        var payment = await world.TrackAsync(() => invoice.PayAsync("50000"));
        Assert.Empty(payment.Scheduled.Envelopes());

        await world.PlayOnAsync(invoice.Tracked, DueOn.AddDays(1));

        Assert.Empty(await world.NotificationsOfAsync(invoice.Agreement));
    }

    [Fact]
    public async Task A_partly_paid_invoice_is_reported_with_what_is_still_owed()
    {
        await using var world = await StartAsync(fixture);
        var invoice = await InvoicedAgreement.OfAsync(world, Start, InvoicedOn, DueOn);
        world.MoveTo(DueOn.AddDays(-11));
        await invoice.PayAsync("12500.50");

        await world.PlayOnAsync(invoice.Tracked, DueOn.AddDays(2));

        var notification = Assert.Single(await world.NotificationsOfAsync(invoice.Agreement));
        Assert.StartsWith($"Betaling på 37.499,50 kr. fra Aalborg Kommune forfaldt {DanishDate(DueOn)}", notification.Message);
    }
}
