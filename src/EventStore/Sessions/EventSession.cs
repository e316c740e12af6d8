using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// A unit of work: queue new streams and appends, then <see cref="SaveChangesAsync"/> writes them all
/// in one transaction, stamped with <see cref="Metadata"/>. Not thread-safe; one per command.
/// </summary>
public sealed class EventSession
{
    private readonly StreamStore _store;
    private readonly NpgsqlTransaction? _transaction;
    private readonly Dictionary<Guid, PendingStream> _pending = [];

    internal EventSession(StreamStore store, EventMetadata metadata, NpgsqlTransaction? transaction)
    {
        _store = store;
        Metadata = metadata;
        _transaction = transaction;
    }

    public EventMetadata Metadata { get; set; }

    public void StartStream(Guid streamId, string streamType, params IEnumerable<object> events)
    {
        RequireStreamId(streamId);
        if (string.IsNullOrWhiteSpace(streamType))
            throw new ArgumentException($"Stream {streamId} needs a stream type.", nameof(streamType));
        if (_pending.ContainsKey(streamId))
            throw new ArgumentException($"Stream {streamId} already has pending events in this session; StartStream must come first.", nameof(streamId));
        var pending = new PendingStream(streamId, streamType, 0);
        AddEvents(pending, events);
        if (pending.Events.Count == 0)
            throw new ArgumentException($"StartStream for stream {streamId} needs at least one event.", nameof(events));
        _pending[streamId] = pending;
    }

    /// <summary>Queues events for an existing stream that must be at <paramref name="expectedVersion"/> when saved. No events: nothing is written.</summary>
    public void Append(Guid streamId, long expectedVersion, params IEnumerable<object> events)
    {
        RequireStreamId(streamId);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        if (_pending.TryGetValue(streamId, out var pending))
        {
            if (pending.NextVersion != expectedVersion)
                throw new ArgumentException(
                    $"Stream {streamId} already has events pending in this session up to version {pending.NextVersion}; the next append must expect version {pending.NextVersion}, not {expectedVersion}.",
                    nameof(expectedVersion));
            AddEvents(pending, events);
            return;
        }
        pending = new PendingStream(streamId, null, expectedVersion);
        AddEvents(pending, events);
        if (pending.Events.Count > 0)
            _pending[streamId] = pending;
    }

    /// <summary>Loads a stream's current state and version for a command handler; its Append queues events at that version.</summary>
    public async Task<StreamForWriting<TState>> FetchForWritingAsync<TState>(Guid streamId, CancellationToken cancellationToken = default)
    {
        RequireStreamId(streamId);
        var fold = _store.Options.FoldFor<TState>();
        var loaded = await _store.Reader.LoadForWritingAsync(streamId, _transaction, cancellationToken);
        if (loaded.Version > 0 && _transaction is null)
            _store.Heads.Remember(streamId, new StreamHead(loaded.Version, loaded.LastHash));
        return new StreamForWriting<TState>(this, fold, streamId, fold.Apply(loaded.Events), loaded.Version);
    }

    /// <summary>Writes everything queued, atomically. Returns the versions and sequence range written.</summary>
    public async Task<AppendResult> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        var streams = _pending.Values.Where(p => p.Events.Count > 0).ToList();
        if (streams.Count == 0)
            return AppendResult.Nothing;
        var recording = RecordingTime.Of(Metadata, _store.Options.Clock.GetUtcNow());
        var result = await new AppendWriter(_store, recording, _transaction).WriteAsync(streams, cancellationToken);
        _pending.Clear();
        return result;
    }

    private static void RequireStreamId(Guid streamId)
    {
        if (streamId == Guid.Empty)
            throw new ArgumentException("A stream id must not be the empty GUID.", nameof(streamId));
    }

    private static void AddEvents(PendingStream pending, IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var @event in events)
        {
            if (@event is null)
                throw new ArgumentException($"An event for stream {pending.Id} is null.", nameof(events));
            pending.Events.Add(@event);
        }
    }
}
