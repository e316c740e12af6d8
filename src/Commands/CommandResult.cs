using AgreementTracker.EventStore;

namespace AgreementTracker.Commands;

/// <summary>What a handled command left behind: the stream's state and version after it, and the events it appended.</summary>
/// <param name="Repeated">True when the command id or idempotency key had been handled before: nothing was written and this is the first result.</param>
public sealed record CommandResult<TState>(Guid StreamId, TState State, long Version, IReadOnlyList<EventEnvelope> Events, bool Repeated);
