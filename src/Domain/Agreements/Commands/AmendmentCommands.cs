using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record ProposeAmendment(AgreementId AgreementId, AmendmentId AmendmentId, OrganisationId ProposedBy, string Summary, AmendedTerms Changes)
    : IAgreementCommand;

public sealed record AcceptAmendment(AgreementId AgreementId, AmendmentId AmendmentId, OrganisationId Party) : IAgreementCommand;

/// <summary>Turns an amendment down; by its proposer, this withdraws it.</summary>
public sealed record RejectAmendment(AgreementId AgreementId, AmendmentId AmendmentId, OrganisationId Party) : IAgreementCommand;
