using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// What changed between two states of an agreement, field by field (<see cref="AgreementFields"/>). Pure: the audit
/// timeline, <c>agreementChanges</c> and mutation results all use it.
/// </summary>
public static class AgreementChanges
{
    public static IReadOnlyList<FieldChange> Between(AgreementState? before, AgreementState after, Func<OrganisationId, string?> organisationName)
    {
        var earlier = before is null ? null : FlattenedAgreement.Of(before, organisationName);
        return FlattenedAgreement.Changes(earlier, FlattenedAgreement.Of(after, organisationName, earlier));
    }
}
