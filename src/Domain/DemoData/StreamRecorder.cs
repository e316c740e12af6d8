using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.DemoData;

/// <summary>
/// Issues commands to one stream through its decider, exactly as the application would, and keeps the events with
/// their metadata. A refusal means the generator itself is wrong, so it throws.
/// </summary>
internal sealed class StreamRecorder<TState, TCommand>(
    Func<TState?, TCommand, CommandContext, Result<IReadOnlyList<object>>> decide,
    Func<TState?, object, TState> evolve,
    Func<OrganisationId, string?> organisationNames)
    where TState : class
{
    private readonly List<DemoEvent> events = [];

    public TState? State { get; private set; }

    public IReadOnlyList<DemoEvent> Events => events;

    public void Issue(TCommand command, DemoActor actor, DateTimeOffset at, string? reason = null)
    {
        var result = decide(State, command, new CommandContext(at, organisationNames));
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(
                $"The demo data issued {command!.GetType().Name} on {at:yyyy-MM-dd}, which the domain refused ({result.Error.Code}): {result.Error.Message}");
        }

        foreach (var @event in result.Value)
        {
            State = evolve(State, @event);
            events.Add(new DemoEvent(@event, actor, at, reason));
        }
    }
}
