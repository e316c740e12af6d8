namespace AgreementTracker.EventStore;

/// <summary>
/// How far a rebuild or consistency check has replayed. <see cref="EventsTotal"/> is the number of
/// events in the store when it started, raised if appends made the replay go past it.
/// </summary>
public sealed record ProjectionRebuildProgress(string Projection, long EventsReplayed, long EventsTotal);

/// <summary>
/// A finished rebuild: how many events were replayed, and how many of them an asynchronous projection
/// failed on and set aside as dead letters (they replace the dead letters it had before).
/// </summary>
public sealed record ProjectionRebuildResult(string Projection, ProjectionLifecycle Lifecycle, long EventsReplayed, int DeadLetters);
