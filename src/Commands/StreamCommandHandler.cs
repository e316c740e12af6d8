using AgreementTracker.Domain.Common;
using AgreementTracker.EventStore;

namespace AgreementTracker.Commands;

/// <summary>
/// Handles a command for one stream: load the stream, decide, append at exactly the version decided against.
/// Another writer in between makes the append fail; the command is then decided again against the new state, up to
/// <see cref="MaxAttempts"/> times, unless the caller named the version it expects (then a conflict is reported).
/// A command id (given, or derived from an idempotency key) seen before returns the first result and writes nothing.
/// </summary>
public abstract class StreamCommandHandler<TState, TCommand>(StreamStore store, TimeProvider clock)
    where TState : class
{
    /// <summary>
    /// A writer only loses a round to another writer's commit, so with this many attempts up to this many people
    /// changing one agreement at the same moment all get their change; beyond that the last are told to retry.
    /// </summary>
    public const int MaxAttempts = 10;

    protected abstract Guid StreamOf(TCommand command);

    protected abstract Result<IReadOnlyList<object>> Decide(TState? state, TCommand command, CommandContext context);

    protected abstract TState Evolve(TState? state, object @event);

    public Task<CommandResult<TState>> HandleAsync(TCommand command, CommandRequest request, CancellationToken ct = default) =>
        HandleAsync([command], request, ct);

    /// <summary>
    /// Several commands for one stream as one change (e.g. drafting an agreement together with its parties): each is
    /// decided against the state the ones before it leave, and all their events are appended together or not at all.
    /// </summary>
    public async Task<CommandResult<TState>> HandleAsync(IReadOnlyList<TCommand> commands, CommandRequest request, CancellationToken ct = default)
    {
        if (commands.Count == 0)
            throw new ArgumentException("At least one command is needed.", nameof(commands));
        var streamId = StreamOf(commands[0]);
        if (commands.Any(c => StreamOf(c) != streamId))
            throw new ArgumentException("Commands handled as one change must all be for the same stream.", nameof(commands));
        var commandId = CommandIdOf(request);
        if (commandId is { } id && await store.FindCommandResultAsync(id, ct) is { } earlier)
            return await FirstResultAsync(streamId, earlier, ct);

        for (var attempt = 1; ; attempt++)
        {
            var names = await OrganisationNames.LoadAsync(store.DataSource, ct);
            var session = store.OpenSession(MetadataOf(request, commandId));
            var stream = await session.FetchForWritingAsync<TState?>(streamId, ct);
            if (request.ExpectedVersion is { } expected && expected != stream.Version)
                throw Conflict(streamId, expected, stream.Version, "it was changed by someone else after you read it");

            var (state, decided) = DecideAll(stream.State, commands, new CommandContext(clock.GetUtcNow(), o => names.GetValueOrDefault(o)));
            if (decided.Count == 0)
                return new CommandResult<TState>(streamId, state!, stream.Version, [], Repeated: false);

            stream.Append(decided);
            try
            {
                var result = await session.SaveChangesAsync(ct);
                if (result.IsDuplicate)
                    return await FirstResultAsync(streamId, result, ct);
                var version = result.VersionOf(streamId);
                await StreamChanges.AnnounceAsync(store.DataSource, new StreamChanged(streamId, stream.Version + 1, version), ct);
                var events = await store.FetchStreamAsync(streamId, stream.Version + 1, version, cancellationToken: ct);
                return new CommandResult<TState>(streamId, state!, version, events, Repeated: false);
            }
            catch (ConcurrencyException) when (request.ExpectedVersion is null && attempt < MaxAttempts)
            {
                // Someone appended between our read and our write: decide again against what they wrote.
            }
            catch (ConcurrencyException e)
            {
                throw Conflict(streamId, e.ExpectedVersion, e.ActualVersion,
                    request.ExpectedVersion is null ? $"others kept changing it ({MaxAttempts} attempts)" : "it was changed by someone else after you read it");
            }
        }
    }

    private (TState? State, List<object> Events) DecideAll(TState? state, IReadOnlyList<TCommand> commands, CommandContext context)
    {
        var events = new List<object>();
        foreach (var command in commands)
        {
            var decision = Decide(state, command, context);
            if (!decision.IsSuccess)
                throw new CommandRefusedException(decision.Error);
            state = decision.Value.Aggregate(state, (s, e) => Evolve(s, e));
            events.AddRange(decision.Value);
        }
        return (state, events);
    }

    private static Guid? CommandIdOf(CommandRequest request) =>
        request.CommandId ?? (request.IdempotencyKey is { } key ? IdempotencyKeys.CommandIdFor(request.Actor, key) : null);

    private static EventMetadata MetadataOf(CommandRequest request, Guid? commandId) => new()
    {
        Actor = request.Actor,
        Reason = request.Reason,
        CorrelationId = request.CorrelationId,
        CausationId = request.CausationId,
        CommandId = commandId,
    };

    private async Task<CommandResult<TState>> FirstResultAsync(Guid streamId, AppendResult earlier, CancellationToken ct)
    {
        var appended = earlier.Streams.FirstOrDefault(s => s.StreamId == streamId)
            ?? throw new CommandConflictException(streamId, 0, 0,
                "This idempotency key was already used for a command on another agreement or organisation; use a new key for a new command.");
        var state = await store.AggregateStreamAsync<TState?>(streamId, appended.ToVersion, cancellationToken: ct);
        var events = await store.FetchStreamAsync(streamId, appended.FromVersion, appended.ToVersion, cancellationToken: ct);
        return new CommandResult<TState>(streamId, state!, appended.ToVersion, events, Repeated: true);
    }

    private static CommandConflictException Conflict(Guid streamId, long expected, long actual, string why) =>
        new(streamId, expected, actual, $"The change was not made because {why}: expected version {expected}, but it is at version {actual}. Read it again and retry.");
}
