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
    public const int MaxAttempts = 3;

    protected abstract Guid StreamOf(TCommand command);

    protected abstract Result<IReadOnlyList<object>> Decide(TState? state, TCommand command, CommandContext context);

    protected abstract TState Evolve(TState? state, object @event);

    public async Task<CommandResult<TState>> HandleAsync(TCommand command, CommandRequest request, CancellationToken ct = default)
    {
        var streamId = StreamOf(command);
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

            var decision = Decide(stream.State, command, new CommandContext(clock.GetUtcNow(), o => names.GetValueOrDefault(o)));
            if (!decision.IsSuccess)
                throw new CommandRefusedException(decision.Error);
            if (decision.Value.Count == 0)
                return new CommandResult<TState>(streamId, stream.State!, stream.Version, [], Repeated: false);

            stream.Append(decision.Value);
            try
            {
                var result = await session.SaveChangesAsync(ct);
                if (result.IsDuplicate)
                    return await FirstResultAsync(streamId, result, ct);
                var state = decision.Value.Aggregate(stream.State, (s, e) => Evolve(s, e))!;
                var version = result.VersionOf(streamId);
                var events = await store.FetchStreamAsync(streamId, stream.Version + 1, version, cancellationToken: ct);
                return new CommandResult<TState>(streamId, state, version, events, Repeated: false);
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
