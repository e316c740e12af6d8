using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// What each event changed, along streams audited event by event, flattening every state once instead of twice: the
/// fields after one event are the fields before the next, and an agreement's are flattened from them part by part
/// (<see cref="FlattenedAgreement"/>). The fields kept are only reused for that very state (by reference), so events
/// taken out of order are flattened afresh rather than compared with the wrong fields.
/// </summary>
/// <param name="organisationName">Names the organisations in the fields; after a name it gives changes, call <see cref="Forget"/>.</param>
public sealed class AuditedChanges(Func<OrganisationId, string?> organisationName)
{
    private readonly Dictionary<Guid, FlattenedAgreement> _agreements = [];
    private readonly Dictionary<Guid, (OrganisationState State, FieldValues Fields)> _organisations = [];

    public IReadOnlyList<FieldChange> OfAgreement(Guid streamId, AgreementState? before, AgreementState after)
    {
        var beforeFields = before is null ? null
            : _agreements.TryGetValue(streamId, out var last) && ReferenceEquals(last.State, before) ? last
            : FlattenedAgreement.Of(before, organisationName);
        var afterFields = _agreements[streamId] = FlattenedAgreement.Of(after, organisationName, beforeFields);
        return FlattenedAgreement.Changes(beforeFields, afterFields);
    }

    public IReadOnlyList<FieldChange> OfOrganisation(Guid streamId, OrganisationState? before, OrganisationState after)
    {
        var beforeFields = before is null ? null
            : _organisations.TryGetValue(streamId, out var last) && ReferenceEquals(last.State, before) ? last.Fields
            : OrganisationChanges.Fields(before, organisationName);
        var afterFields = OrganisationChanges.Fields(after, organisationName);
        _organisations[streamId] = (after, afterFields);
        return FieldValues.Diff(beforeFields?.Fields ?? [], afterFields.Fields);
    }

    /// <summary>Drops every flattened state: organisations' names are part of the fields, so after a rename they are stale.</summary>
    public void Forget()
    {
        _agreements.Clear();
        _organisations.Clear();
    }
}
