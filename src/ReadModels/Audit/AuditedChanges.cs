using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// What each event changed, along streams audited event by event, flattening every state once instead of twice: the
/// fields after one event are the fields before the next. The fields kept are only reused for that very state (by
/// reference), so events taken out of order are flattened afresh rather than compared with the wrong fields.
/// </summary>
/// <param name="organisationName">Names the organisations in the fields; after a name it gives changes, call <see cref="Forget"/>.</param>
public sealed class AuditedChanges(Func<OrganisationId, string?> organisationName)
{
    private readonly Dictionary<Guid, (object State, FieldValues Fields)> _last = [];

    public IReadOnlyList<FieldChange> OfAgreement(Guid streamId, AgreementState? before, AgreementState after) =>
        Between(streamId, before, after, state => AgreementChanges.Fields(state, organisationName));

    public IReadOnlyList<FieldChange> OfOrganisation(Guid streamId, OrganisationState? before, OrganisationState after) =>
        Between(streamId, before, after, state => OrganisationChanges.Fields(state, organisationName));

    /// <summary>Drops every flattened state: organisations' names are part of the fields, so after a rename they are stale.</summary>
    public void Forget() => _last.Clear();

    private IReadOnlyList<FieldChange> Between<TState>(Guid streamId, TState? before, TState after, Func<TState, FieldValues> flatten)
        where TState : class
    {
        var beforeFields = before is null ? null
            : _last.TryGetValue(streamId, out var last) && ReferenceEquals(last.State, before) ? last.Fields
            : flatten(before);
        var afterFields = flatten(after);
        _last[streamId] = (after, afterFields);
        return FieldValues.Diff(beforeFields, afterFields);
    }
}
