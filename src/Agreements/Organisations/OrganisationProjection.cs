using AgreementTracker.Domain;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace AgreementTracker.Agreements.Organisations;

/// <summary>The organisation as the domain folds it (registered, renamed, merged), by <see cref="Organisation.Evolve"/>.</summary>
public sealed class OrganisationProjection : SingleStreamProjection<OrganisationState, OrganisationId>
{
    public OrganisationProjection()
    {
        Name = "organisation";
        // Only an organisation's events: without this, Marten loads an organisation document for every stream a session
        // appends to. Named one by one, since Marten's rebuild filters its read on concrete types only (not an interface).
        foreach (var type in DomainEvents.OfKind<IOrganisationEvent>())
            IncludeType(type);
    }

    public override OrganisationState? Evolve(OrganisationState? snapshot, OrganisationId id, IEvent e) =>
        e.Data is IOrganisationEvent ? Organisation.Evolve(snapshot, e.Data) : snapshot;
}
