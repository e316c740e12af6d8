namespace AgreementTracker.EventStore;

public sealed class EventStoreOptions(TimeProvider clock)
{
    private readonly Dictionary<Type, object> _folds = [];

    /// <summary>Where the store's "now" comes from: events' timestamps, dead letters' times.</summary>
    public TimeProvider Clock { get; } = clock ?? throw new ArgumentNullException(nameof(clock));

    public EventTypeRegistry Events { get; } = new();
    public ProjectionRegistry Projections { get; } = new();

    /// <summary>Largest accepted event body, in bytes of JSON. Default 1 MiB.</summary>
    public int MaxEventSizeBytes { get; set; } = 1024 * 1024;

    /// <summary>Registers how streams of one type are folded into <typeparamref name="TState"/>.</summary>
    public EventStoreOptions Aggregate<TState>(string streamType, Func<TState> initial, Func<TState, object, TState> evolve)
    {
        if (string.IsNullOrWhiteSpace(streamType))
            throw new ArgumentException("A fold needs the stream type it applies to.", nameof(streamType));
        _folds[typeof(TState)] = new Fold<TState>(streamType, initial, evolve);
        return this;
    }

    public Fold<TState> FoldFor<TState>() =>
        _folds.TryGetValue(typeof(TState), out var fold)
            ? (Fold<TState>)fold
            : throw new InvalidOperationException($"No fold is registered for {typeof(TState).Name}; call options.Aggregate<{typeof(TState).Name}>(...) first.");
}
