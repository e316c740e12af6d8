using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record AgreementDrafted(
    AgreementId AgreementId,
    string Title,
    AgreementKind Kind,
    string Purpose,
    DatePeriod Period,
    string StrengthArea,
    IReadOnlyList<TargetGroup> TargetGroups,
    string GeographicScope) : IAgreementEvent;

public sealed record PartyAdded(OrganisationId Party, PartyRole Role) : IAgreementEvent;

public sealed record PartyRemoved(OrganisationId Party) : IAgreementEvent;

public sealed record AgreementSigned(OrganisationId Party, DateOnly SignedOn) : IAgreementEvent;

public sealed record AgreementExtended(DateOnly PreviousEnd, DateOnly NewEnd) : IAgreementEvent;

public sealed record AgreementTerminated(OrganisationId TerminatedBy, DateOnly EffectiveDate) : IAgreementEvent;

public sealed record AgreementExpired(DateOnly ExpiredOn) : IAgreementEvent;
