using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Types;

/// <summary>The co-financing ledger: commitments with their invoices, and the lines per party and year, assessed on the view's date.</summary>
internal static class CoFinancingTypes
{
    private const string Ledger = "CoFinancingLedger";

    public static SchemaBuilder AddCoFinancingTypes(this SchemaBuilder builder) => builder
        .Field<LedgerView>(Ledger, "commitments", l => l.Agreement.Commitments.Select(c => new CommitmentView(c, l.AsOf)).ToList())
        .Field<LedgerView>(Ledger, "lines", l => l.Lines)
        .Field<LedgerView>(Ledger, "committed", l => l.Totals.Committed)
        .Field<LedgerView>(Ledger, "invoiced", l => l.Totals.Invoiced)
        .Field<LedgerView>(Ledger, "paid", l => l.Totals.Paid)
        .Field<LedgerView>(Ledger, "outstanding", l => l.Totals.Outstanding)
        .Field<LedgerView>(Ledger, "overdue", l => l.Totals.Overdue)
        .FieldAsync<LedgerLine, object?>("LedgerLine", "party", async (l, ctx) => await Loaders.OrganisationAsync(ctx, l.Party))
        .Field<CommitmentView>("CoFinancingCommitment", "id", c => c.Commitment.Id.Value)
        .FieldAsync<CommitmentView, object?>("CoFinancingCommitment", "party", async (c, ctx) => await Loaders.OrganisationAsync(ctx, c.Commitment.Party))
        .Field<CommitmentView>("CoFinancingCommitment", "amount", c => c.Commitment.Amount)
        .Field<CommitmentView>("CoFinancingCommitment", "year", c => c.Commitment.Year)
        .Field<CommitmentView>("CoFinancingCommitment", "purpose", c => c.Commitment.Purpose)
        .Field<CommitmentView>("CoFinancingCommitment", "form", c => c.Commitment.Form)
        .Field<CommitmentView>("CoFinancingCommitment", "status", c => StatusOf(c.Commitment))
        .Field<CommitmentView>("CoFinancingCommitment", "invoiced", c => c.Commitment.Invoiced)
        .Field<CommitmentView>("CoFinancingCommitment", "paid", c => c.Commitment.Paid)
        .Field<CommitmentView>("CoFinancingCommitment", "invoices", c => c.Commitment.Invoices.Select(i => new InvoiceView(i, c.AsOf)).ToList())
        .Field<InvoiceView>("Invoice", "id", i => i.Invoice.Id.Value)
        .Field<InvoiceView>("Invoice", "amount", i => i.Invoice.Amount)
        .Field<InvoiceView>("Invoice", "invoicedOn", i => i.Invoice.InvoicedOn)
        .Field<InvoiceView>("Invoice", "dueOn", i => i.Invoice.DueOn)
        .Field<InvoiceView>("Invoice", "paid", i => i.Invoice.Paid)
        .Field<InvoiceView>("Invoice", "outstanding", i => i.Invoice.Outstanding)
        .Field<InvoiceView>("Invoice", "overdue", i => i.Invoice.IsOverdueOn(i.AsOf));

    private static CommitmentStatus StatusOf(CommitmentState commitment) => commitment switch
    {
        { Cancelled: true } => CommitmentStatus.Cancelled,
        { Paid: > 0 } when commitment.Paid >= commitment.Amount => CommitmentStatus.Paid,
        { Paid: > 0 } => CommitmentStatus.PartlyPaid,
        { Invoices.Count: > 0 } => CommitmentStatus.Invoiced,
        _ => CommitmentStatus.Committed,
    };
}
