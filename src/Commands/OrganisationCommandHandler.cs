using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;

namespace AgreementTracker.Commands;

public sealed class OrganisationCommandHandler(StreamStore store, TimeProvider clock)
    : StreamCommandHandler<OrganisationState, IOrganisationCommand>(store, clock)
{
    protected override Guid StreamOf(IOrganisationCommand command) => command.OrganisationId.Value;

    protected override Result<IReadOnlyList<object>> Decide(OrganisationState? state, IOrganisationCommand command, CommandContext context) =>
        Organisation.Decide(state, command, context);

    protected override OrganisationState Evolve(OrganisationState? state, object @event) => Organisation.Evolve(state, @event);
}
