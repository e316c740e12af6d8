using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record CommitmentState(
    CommitmentId Id,
    OrganisationId Party,
    decimal Amount,
    int Year,
    string Purpose,
    ContributionForm Form,
    bool Cancelled,
    ImmutableList<InvoiceState> Invoices)
{
    public decimal Invoiced => Invoices.Sum(i => i.Amount);

    public decimal Paid => Invoices.Sum(i => i.Paid);

    public decimal NotYetInvoiced => Amount - Invoiced;

    public InvoiceState? Invoice(InvoiceId id) => Invoices.Find(i => i.Id == id);
}

public sealed record InvoiceState(InvoiceId Id, decimal Amount, DateOnly InvoicedOn, DateOnly DueOn, decimal Paid)
{
    public decimal Outstanding => Amount - Paid;

    public bool IsOverdueOn(DateOnly date) => Outstanding > 0 && date > DueOn;
}
