using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record DraftAgreement(
    AgreementId AgreementId,
    string Title,
    AgreementKind Kind,
    string Purpose,
    DatePeriod Period,
    string StrengthArea,
    IReadOnlyList<TargetGroup> TargetGroups,
    string GeographicScope) : IAgreementCommand;

/// <summary>Parties are added and removed while the agreement is a draft; after the first signature they are fixed.</summary>
public sealed record AddParty(AgreementId AgreementId, OrganisationId Party, PartyRole Role) : IAgreementCommand;

public sealed record RemoveParty(AgreementId AgreementId, OrganisationId Party) : IAgreementCommand;

public sealed record SignAgreement(AgreementId AgreementId, OrganisationId Party, DateOnly SignedOn) : IAgreementCommand;

public sealed record ExtendAgreement(AgreementId AgreementId, DateOnly NewEnd) : IAgreementCommand;

public sealed record TerminateAgreement(AgreementId AgreementId, OrganisationId TerminatedBy, DateOnly EffectiveDate) : IAgreementCommand;

/// <summary>Records that the period has run out; allowed once today is past the end date.</summary>
public sealed record ExpireAgreement(AgreementId AgreementId) : IAgreementCommand;
