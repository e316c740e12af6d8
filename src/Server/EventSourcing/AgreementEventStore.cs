using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;

namespace AgreementTracker.Server.EventSourcing;

/// <summary>The event store as this application uses it: the domain's event types and how its streams fold.</summary>
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
        return options;
    }
}
