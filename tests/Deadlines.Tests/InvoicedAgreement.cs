using AgreementTracker.TestSupport;
using Wolverine.Tracking;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// 50.000 kr. Aalborg Kommune commits to an agreement for the year it starts, invoiced on <c>invoicedOn</c> with the
/// clock moved there, and the tracked session of invoicing it.
/// </summary>
internal sealed record InvoicedAgreement(DeadlineWorld World, string Agreement, string Commitment, string Invoice, ITrackedSession Tracked)
{
    /// <summary>An agreement signed today, running two years from <paramref name="start"/>, invoiced.</summary>
    public static async Task<InvoicedAgreement> OfAsync(DeadlineWorld world, DateOnly start, DateOnly invoicedOn, DateOnly dueOn)
    {
        var (agreement, _) = await world.SignedAgreementAsync("Energi i Nordjylland", start, start.AddYears(2).AddDays(-1));
        return await ForAsync(world, agreement, invoicedOn, dueOn);
    }

    public static async Task<InvoicedAgreement> ForAsync(DeadlineWorld world, string agreement, DateOnly invoicedOn, DateOnly dueOn)
    {
        var commitment = (await world.ChangeAsync("""
            mutation($agreement: ID!, $party: ID!, $year: Int!) {
              commitCoFinancing(input: { agreementId: $agreement, partyId: $party, amount: "50000", year: $year, purpose: "Klyngeaktiviteter i Aalborg" }) { createdId }
            }
            """, new { agreement, party = world.Aalborg, year = world.Today.Year })).String("commitCoFinancing.createdId")!;
        world.MoveTo(invoicedOn);
        var (invoice, tracked) = await world.TrackCreationAsync(async () => (await world.ChangeAsync("""
            mutation($agreement: ID!, $commitment: ID!, $on: Date!, $due: Date!) {
              invoiceCoFinancing(input: { agreementId: $agreement, commitmentId: $commitment, amount: "50000", invoicedOn: $on, dueOn: $due }) { createdId }
            }
            """, new { agreement, commitment, on = invoicedOn, due = dueOn })).String("invoiceCoFinancing.createdId")!);
        return new InvoicedAgreement(world, agreement, commitment, invoice, tracked);
    }

    /// <summary>Aalborg Kommune pays <paramref name="amount"/> kroner of it today.</summary>
    public Task<GraphQLResponse> PayAsync(string amount) => World.ChangeAsync("""
        mutation($agreement: ID!, $commitment: ID!, $invoice: ID!, $amount: Decimal!, $on: Date!) {
          payCoFinancing(input: { agreementId: $agreement, commitmentId: $commitment, invoiceId: $invoice, amount: $amount, paidOn: $on }) { repeated }
        }
        """, new { agreement = Agreement, commitment = Commitment, invoice = Invoice, amount, on = World.Today });

}
