using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>A party proposes to change the signed terms; the proposer counts as having accepted.</summary>
public sealed record AgreementAmendmentProposed(AmendmentId AmendmentId, OrganisationId ProposedBy, string Summary, AmendedTerms Changes)
    : IAgreementEvent;

public sealed record AgreementAmendmentAccepted(AmendmentId AmendmentId, OrganisationId Party) : IAgreementEvent;

/// <summary>A party turns the amendment down (or the proposer withdraws it); the terms stay as they were.</summary>
public sealed record AgreementAmendmentRejected(AmendmentId AmendmentId, OrganisationId Party) : IAgreementEvent;

/// <summary>Every party has accepted: the amendment's changes now apply to the agreement.</summary>
public sealed record AgreementAmended(AmendmentId AmendmentId) : IAgreementEvent;
