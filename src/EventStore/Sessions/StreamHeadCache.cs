using System.Collections.Concurrent;

namespace AgreementTracker.EventStore;

/// <summary>
/// The last committed (version, hash) seen per stream on this node, so an append needs no read before
/// its write. An entry is a fact that never goes stale: the event at that version has that hash
/// forever. If the stream has moved on since, the write hits the unique (stream, version) constraint
/// and fails as a concurrency conflict, exactly as with a fresh read. Only committed state goes in.
/// </summary>
internal sealed class StreamHeadCache(int capacity = 100_000)
{
    private readonly ConcurrentDictionary<Guid, StreamHead> _heads = new();

    public bool TryGet(Guid streamId, long version, out StreamHead head) =>
        _heads.TryGetValue(streamId, out head) && head.Version == version;

    public void Remember(Guid streamId, StreamHead head)
    {
        if (_heads.Count >= capacity)
            _heads.Clear();
        _heads[streamId] = head;
    }

    public void Forget(Guid streamId) => _heads.TryRemove(streamId, out _);
}
