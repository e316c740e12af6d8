namespace AgreementTracker.EventStore;

/// <summary>
/// A stream's folded state and version, loaded for a command handler. <see cref="Append"/> queues the
/// decided events at exactly that version (starting the stream if it did not exist), so a concurrent
/// writer makes SaveChanges fail with a <see cref="ConcurrencyException"/> instead of being overwritten.
/// </summary>
public sealed class StreamForWriting<TState>
{
    private readonly EventSession _session;
    private readonly Fold<TState> _fold;

    internal StreamForWriting(EventSession session, Fold<TState> fold, Guid streamId, TState state, long version)
    {
        _session = session;
        _fold = fold;
        StreamId = streamId;
        State = state;
        Version = version;
    }

    public Guid StreamId { get; }
    public TState State { get; }
    /// <summary>The stream's version when loaded; 0 for a stream that does not exist yet.</summary>
    public long Version { get; }
    public bool Exists => Version > 0;

    public void Append(params IEnumerable<object> events)
    {
        var list = events.ToList();
        if (list.Count == 0)
            return;
        if (Exists)
            _session.Append(StreamId, Version, list);
        else
            _session.StartStream(StreamId, _fold.StreamType, list);
    }
}
