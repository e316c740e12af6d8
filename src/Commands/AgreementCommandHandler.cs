using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.EventStore;

namespace AgreementTracker.Commands;

public sealed class AgreementCommandHandler(StreamStore store, TimeProvider clock)
    : StreamCommandHandler<AgreementState, IAgreementCommand>(store, clock)
{
    protected override Guid StreamOf(IAgreementCommand command) => command.AgreementId.Value;

    protected override Result<IReadOnlyList<object>> Decide(AgreementState? state, IAgreementCommand command, CommandContext context) =>
        Agreement.Decide(state, command, context);

    protected override AgreementState Evolve(AgreementState? state, object @event) => Agreement.Evolve(state, @event);
}
