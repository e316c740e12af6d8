using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>A party commits an amount in DKK for one year of the agreement.</summary>
public sealed record CoFinancingCommitted(CommitmentId CommitmentId, OrganisationId Party, decimal Amount, int Year, string Purpose, ContributionForm Form)
    : IAgreementEvent;

public sealed record CoFinancingInvoiced(CommitmentId CommitmentId, InvoiceId InvoiceId, decimal Amount, DateOnly InvoicedOn, DateOnly DueOn)
    : IAgreementEvent;

public sealed record CoFinancingPaid(CommitmentId CommitmentId, InvoiceId InvoiceId, decimal Amount, DateOnly PaidOn) : IAgreementEvent;

/// <summary>A commitment withdrawn before anything was invoiced against it.</summary>
public sealed record CoFinancingCancelled(CommitmentId CommitmentId) : IAgreementEvent;
