namespace AgreementTracker.EventStore.Tests.Support;

// A small neutral domain for exercising the store: counters that are started, incremented and renamed.
public sealed record CounterStarted(string Name);
public sealed record Incremented(int By);
public sealed record Renamed(string Name);
public sealed record Unregistered(string Anything);
public sealed record Note(string Text);

public sealed record CounterState(string Name, long Value, int Events)
{
    public static CounterState Initial() => new("", 0, 0);

    public static CounterState Evolve(CounterState state, object @event) => @event switch
    {
        CounterStarted started => state with { Name = started.Name, Events = state.Events + 1 },
        Incremented incremented => state with { Value = state.Value + incremented.By, Events = state.Events + 1 },
        Renamed renamed => state with { Name = renamed.Name, Events = state.Events + 1 },
        _ => state with { Events = state.Events + 1 },
    };
}
