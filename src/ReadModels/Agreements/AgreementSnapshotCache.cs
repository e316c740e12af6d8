using System.Collections.Concurrent;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// Folded agreements already parsed, by id. A stream version's state never changes, so a cached snapshot is reused
/// whenever the row still holds that version, and its jsonb is neither sent again nor parsed again. Bounded by
/// count; when full it starts over rather than tracking use.
/// </summary>
internal sealed class AgreementSnapshotCache(int capacity)
{
    private readonly ConcurrentDictionary<Guid, AgreementSnapshot> _snapshots = new();

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
        if (_snapshots.Count >= capacity)
            _snapshots.Clear();
        _snapshots[snapshot.State.Id.Value] = snapshot;
    }
}
