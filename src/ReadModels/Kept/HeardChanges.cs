namespace AgreementTracker.ReadModels.Kept;

/// <summary>
/// What this node has heard of committed changes, for the readers that keep what they read between requests: they
/// keep nothing unless every change is heard (<see cref="Listening"/>, told by whatever listens for PostgreSQL's
/// announcements), forget on each change what it may have touched, and never keep a read that began before a change.
/// One lock orders the keeping and the forgetting, so a read overtaken by a change cannot be kept after it.
/// </summary>
public sealed class HeardChanges
{
    private readonly Lock _gate = new();
    private readonly List<Action<Guid?>> _forgetters = [];
    private long _generation;
    private bool _listening;

    /// <summary>What a reader forgets when a stream changes; null for a change to anything.</summary>
    public void OnChange(Action<Guid?> forget)
    {
        lock (_gate)
            _forgetters.Add(forget);
    }

    /// <summary>Every committed change is heard from now on.</summary>
    public void Listening() => Change(null, listening: true);

    /// <summary>Changes may go unheard (the listener lost its connection): keep nothing until <see cref="Listening"/>.</summary>
    public void Deaf() => Change(null, listening: false);

    /// <summary>A stream changed.</summary>
    public void Heard(Guid streamId) => Change(streamId, listening: null);

    /// <summary>Something every reader may have read changed (the follow-up rows were re-assessed for a new day).</summary>
    public void HeardEverything() => Change(null, listening: null);

    /// <summary>Whether every committed change is heard now.</summary>
    public bool IsListening => Volatile.Read(ref _listening);

    /// <summary>Taken before a read begins, and given to <see cref="KeepIf"/> after it.</summary>
    public long Generation => Volatile.Read(ref _generation);

    /// <summary>Runs <paramref name="keep"/> only if changes are heard and none was heard since <paramref name="readAt"/>.</summary>
    public void KeepIf(long readAt, Action keep)
    {
        lock (_gate)
            if (_listening && readAt == _generation)
                keep();
    }

    private void Change(Guid? streamId, bool? listening)
    {
        lock (_gate)
        {
            _listening = listening ?? _listening;
            Interlocked.Increment(ref _generation);
            foreach (var forget in _forgetters)
                forget(streamId);
        }
    }
}
