namespace AgreementTracker.EventStore;

/// <summary>
/// How a stream becomes state: an initial state and a pure evolve function applied to each event in
/// stream order. <paramref name="StreamType"/> is the type recorded when a stream is started through
/// <see cref="StreamForWriting{TState}"/>.
/// </summary>
public sealed record Fold<TState>(string StreamType, Func<TState> Initial, Func<TState, object, TState> Evolve)
{
    public TState Apply(IEnumerable<object> events) => events.Aggregate(Initial(), Evolve);
}
