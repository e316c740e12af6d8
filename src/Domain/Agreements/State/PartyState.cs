using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record PartyState(OrganisationId Organisation, PartyRole Role, DateOnly? SignedOn);

public sealed record TerminationState(OrganisationId TerminatedBy, DateOnly EffectiveDate);
