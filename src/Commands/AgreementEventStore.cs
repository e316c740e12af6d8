using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Organisations;

namespace AgreementTracker.Commands;

/// <summary>
/// The event store as this application uses it: the domain's event types, how its streams fold, and the organisation
/// directory every command needs to check the organisations it names. Read models and deadlines add their projections.
/// </summary>
public static class AgreementEventStore
{
    public const string AgreementStream = "agreement";
    public const string OrganisationStream = "organisation";

    public static EventStoreOptions CreateOptions(TimeProvider clock)
    {
        var options = new EventStoreOptions(clock);
        foreach (var (type, name) in DomainEvents.All)
            options.Events.Register(type, name);
        options.Aggregate<AgreementState?>(AgreementStream, () => null, Agreement.Evolve);
        options.Aggregate<OrganisationState?>(OrganisationStream, () => null, Organisation.Evolve);
        options.Projections.Add(new OrganisationDirectoryProjection(), ProjectionLifecycle.Inline);
        return options;
    }
}
