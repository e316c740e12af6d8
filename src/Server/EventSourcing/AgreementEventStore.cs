using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.Server.Projections;

namespace AgreementTracker.Server.EventSourcing;

/// <summary>The event store as this application uses it: the domain's event types, how its streams fold, and its read models.</summary>
public static class AgreementEventStore
{
    public const string AgreementStream = "agreement";
    public const string OrganisationStream = "organisation";

    public static EventStoreOptions CreateOptions()
    {
        var options = new EventStoreOptions();
        foreach (var (type, name) in DomainEvents.All)
            options.Events.Register(type, name);
        options.Aggregate<AgreementState?>(AgreementStream, () => null, Agreement.Evolve);
        options.Aggregate<OrganisationState?>(OrganisationStream, () => null, Organisation.Evolve);
        options.Projections.Add(new OrganisationDirectoryProjection(), ProjectionLifecycle.Inline);
        return options;
    }
}
