namespace AgreementTracker.EventStore;

/// <summary>
/// A position in the order the daemon applies events: by inserting transaction, then by sequence.
/// Only transactions older than every running one are read, and any transaction that commits later
/// has a larger id than all of those, so nothing can ever appear behind the cursor.
/// </summary>
internal readonly record struct ProjectionCursor(ulong TransactionId, long Sequence)
{
    public static ProjectionCursor Start { get; } = new(0, 0);
}

/// <summary>An event read for a projection, with its cursor position.</summary>
internal sealed record PositionedEvent(EventEnvelope Envelope, ProjectionCursor Position);
