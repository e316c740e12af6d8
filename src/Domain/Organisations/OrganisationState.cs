using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Organisations;

public sealed record OrganisationState(
    OrganisationId Id,
    string Name,
    OrganisationKind Kind,
    string? CvrNumber,
    ImmutableList<string> FormerNames,
    OrganisationId? MergedInto,
    DateOnly? MergedOn);
