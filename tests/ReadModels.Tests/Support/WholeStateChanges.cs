using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Audit;

namespace AgreementTracker.ReadModels.Tests.Support;

/// <summary>
/// What an event changed found the straightforward way, as the audit timeline first did: both whole states flattened
/// to field paths and values (<see cref="AgreementFields.All"/>), and compared through a dictionary. The product reuses
/// the parts an event did not touch (<see cref="AgreementChanges"/>, <see cref="AuditedChanges"/>) and must find
/// exactly these changes, in this order.
/// </summary>
public static class WholeStateChanges
{
    public static IReadOnlyList<FieldChange> Between(AgreementState? before, AgreementState after, Func<OrganisationId, string?> organisationName)
    {
        string Name(OrganisationId id) => organisationName(id) ?? $"organisation {id}";
        return FieldValues.Diff(before is null ? [] : AgreementFields.All(before, Name).Fields, AgreementFields.All(after, Name).Fields);
    }
}
