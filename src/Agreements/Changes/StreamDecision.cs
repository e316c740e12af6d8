using AgreementTracker.Domain.Common;
using JasperFx.Events;
using Marten;
using Wolverine.Persistence;

namespace AgreementTracker.Agreements.Changes;

/// <summary>What a change to one stream decided: the events to append, the receipt of its idempotency key, and the answer.</summary>
public sealed record StreamDecision<TState>(IReadOnlyList<object> Events, IStorageAction<CommandReceipt> Receipt, StreamChange<TState> Answer)
    where TState : class
{
    /// <summary>
    /// The middle of every change handler: a stream of another kind refused, each command checked against what the
    /// caller may do (<paramref name="authorize"/>, on the stream as fetched), the caller's expected version checked, the
    /// commands decided in turn against the fetched stream, and the change announced in the session's transaction when
    /// it appends anything.
    /// </summary>
    public static StreamDecision<TState> Make<TCommand>(
        IEventStream<TState> stream,
        IReadOnlyList<TCommand> commands,
        CommandRequest request,
        CommandContext context,
        IDocumentSession session,
        Func<TState?, TCommand, CommandContext, Result<IReadOnlyList<object>>> decide,
        Func<TState?, object, TState> evolve,
        Func<TState?, TCommand, DomainError?> authorize)
    {
        var previous = stream.CurrentVersion ?? 0;
        if (stream.Aggregate is null && previous > 0)
            throw new StreamOfAnotherKindException(stream.Id);
        foreach (var (command, index) in commands.Select((c, i) => (c, i)))
        {
            if (authorize(stream.Aggregate, command) is { } refusal)
                throw new CommandRefusedException(refusal, index);
        }
        Decisions.CheckExpectedVersion(stream.Id, request.ExpectedVersion, previous);
        var (after, events) = Decisions.DecideAll(stream.Aggregate, commands, context, decide, evolve);
        var version = previous + events.Count;
        if (events.Count > 0)
            StreamChanges.Announce(session, new StreamChanged(stream.Id, previous + 1, version));
        return new StreamDecision<TState>(
            events,
            CommandReceipt.For(request, stream.Id, previous, version),
            new StreamChange<TState>(stream.Id, after!, previous, version, Repeated: false));
    }
}
