namespace AgreementTracker.EventStore;

/// <summary>
/// A read model kept in PostgreSQL tables. It receives events in global order, a batch at a time, and
/// writes through the connection and transaction of <see cref="ProjectionContext"/>, so its writes
/// commit or roll back together with the events (inline) or with the daemon's checkpoint (async).
/// </summary>
public interface IProjection
{
    /// <summary>Stable name: the key of the checkpoint, the advisory lock and the dead letters.</summary>
    string Name { get; }

    /// <summary>The tables this projection owns; a rebuild or consistency check fills scratch copies of them first.</summary>
    IReadOnlyList<ProjectionTable> Tables { get; }

    Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken);
}
