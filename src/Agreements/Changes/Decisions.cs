using AgreementTracker.Domain.Common;

namespace AgreementTracker.Agreements.Changes;

/// <summary>The pure middle of every change handler: check the caller's expected version, then decide the commands in turn.</summary>
public static class Decisions
{
    /// <summary>A caller who names the version it read is told of any other change instead of having its command decided again.</summary>
    public static void CheckExpectedVersion(Guid streamId, long? expected, long actual)
    {
        if (expected is { } version && version != actual)
            throw new CommandConflictException(streamId, version, actual,
                $"Ændringen blev ikke gemt, fordi en anden har ændret det samme, efter du hentede det: du hentede version {version}, men nu er det version {actual}. Hent det igen, og prøv igen.");
    }

    /// <summary>
    /// Each command decided against the state the ones before it leave (drafting an agreement with its parties, say), so
    /// all their events are appended together or, at the first refusal, none.
    /// </summary>
    public static (TState? After, List<object> Events) DecideAll<TState, TCommand>(
        TState? state,
        IEnumerable<TCommand> commands,
        CommandContext context,
        Func<TState?, TCommand, CommandContext, Result<IReadOnlyList<object>>> decide,
        Func<TState?, object, TState> evolve)
        where TState : class
    {
        var events = new List<object>();
        foreach (var (command, index) in commands.Select((c, i) => (c, i)))
        {
            var decision = decide(state, command, context);
            if (!decision.IsSuccess)
                throw new CommandRefusedException(decision.Error, index);
            state = decision.Value.Aggregate(state, (s, e) => evolve(s, e));
            events.AddRange(decision.Value);
        }
        return (state, events);
    }
}
