using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record CommitCoFinancing(AgreementId AgreementId, CommitmentId CommitmentId, OrganisationId Party, decimal Amount, int Year, string Purpose, ContributionForm Form)
    : IAgreementCommand;

public sealed record InvoiceCoFinancing(AgreementId AgreementId, CommitmentId CommitmentId, InvoiceId InvoiceId, decimal Amount, DateOnly InvoicedOn, DateOnly DueOn)
    : IAgreementCommand;

public sealed record PayCoFinancing(AgreementId AgreementId, CommitmentId CommitmentId, InvoiceId InvoiceId, decimal Amount, DateOnly PaidOn)
    : IAgreementCommand;

public sealed record CancelCoFinancing(AgreementId AgreementId, CommitmentId CommitmentId) : IAgreementCommand;
