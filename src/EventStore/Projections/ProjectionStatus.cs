namespace AgreementTracker.EventStore;

/// <summary>
/// Health of one asynchronous projection, as any node sees it from the database. Lag counts committed
/// events not yet applied; LagSeconds is the age of the oldest of them. A projection is stalled when it
/// has had unapplied events for longer than the stall threshold (no node running it, a failing node,
/// or a long-open transaction holding the daemon's horizon back).
/// </summary>
public sealed record ProjectionStatus(
    string Name,
    long CheckpointSequence,
    long HighWaterMark,
    long LagEvents,
    double LagSeconds,
    string? Owner,
    DateTimeOffset? LastHeartbeat,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    long DeadLetters,
    bool IsRunning,
    bool IsStalled);

/// <summary>An event a projection kept failing on, set aside so the projection could move on.</summary>
public sealed record DeadLetter(
    string Projection, long Sequence, Guid StreamId, long Version, string EventType, string Error, int Attempts, DateTimeOffset RecordedAt);
