using System.Collections.Concurrent;
using AgreementTracker.ReadModels.Kept;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// Folded agreements already parsed, by id. A stream version's state never changes, so a cached snapshot is reused
/// whenever the row still holds that version, and its jsonb is neither sent again nor parsed again. While this node
/// hears every change, a snapshot read since the agreement's last change is known to be current, and is answered
/// without asking the database at all. Bounded by count; when full it starts over rather than tracking use.
/// </summary>
internal sealed class AgreementSnapshotCache
{
    private readonly ConcurrentDictionary<Guid, AgreementSnapshot> _snapshots = new();
    private readonly ConcurrentDictionary<Guid, AgreementSnapshot> _current = new();
    private readonly HeardChanges _heard;
    private readonly int _capacity;

    public AgreementSnapshotCache(int capacity, HeardChanges heard)
    {
        (_capacity, _heard) = (capacity, heard);
        heard.OnChange(id =>
        {
            if (id is { } changed)
                _current.TryRemove(changed, out _);
            else
                _current.Clear();
        });
    }

    /// <summary>The snapshots of all these ids, if every one is known to be current; else null.</summary>
    public IReadOnlyDictionary<Guid, AgreementSnapshot>? AllCurrent(IReadOnlyList<Guid> ids)
    {
        var snapshots = new Dictionary<Guid, AgreementSnapshot>(ids.Count);
        foreach (var id in ids)
        {
            if (!_current.TryGetValue(id, out var snapshot))
                return null;
            snapshots[id] = snapshot;
        }
        return snapshots;
    }

    public long Generation => _heard.Generation;

    /// <summary>These snapshots were read from the database after <paramref name="readAt"/>; current unless a change was heard since.</summary>
    public void KnownCurrent(IEnumerable<AgreementSnapshot> snapshots, long readAt) =>
        _heard.KeepIf(readAt, () =>
        {
            if (_current.Count >= _capacity)
                _current.Clear();
            foreach (var snapshot in snapshots)
                _current[snapshot.State.Id.Value] = snapshot;
        });

    /// <summary>The versions held for these ids, as the arrays a query compares with.</summary>
    public (Guid[] Ids, long[] Versions) Held(IEnumerable<Guid> ids)
    {
        var held = ids.Select(id => _snapshots.GetValueOrDefault(id)).OfType<AgreementSnapshot>().ToList();
        return (held.Select(s => s.State.Id.Value).ToArray(), held.Select(s => s.Version).ToArray());
    }

    public AgreementSnapshot? Get(Guid id, long version) =>
        _snapshots.TryGetValue(id, out var snapshot) && snapshot.Version == version ? snapshot : null;

    public void Put(AgreementSnapshot snapshot)
    {
        if (_snapshots.Count >= _capacity)
            _snapshots.Clear();
        _snapshots[snapshot.State.Id.Value] = snapshot;
    }
}
