using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record AmendmentState(
    AmendmentId Id,
    OrganisationId ProposedBy,
    string Summary,
    AmendedTerms Changes,
    ImmutableList<OrganisationId> AcceptedBy,
    bool Applied,
    OrganisationId? RejectedBy)
{
    public bool IsPending => !Applied && RejectedBy is null;
}
