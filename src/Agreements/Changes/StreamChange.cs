namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// What a handled change left behind, the answer to <c>InvokeAsync</c>: the stream's state after it, and the versions
/// it moved between (its events are <see cref="PreviousVersion"/> + 1 to <see cref="Version"/>; none when equal).
/// </summary>
/// <param name="Repeated">The idempotency key had been used before: nothing was written and this is the first answer.</param>
public sealed record StreamChange<TState>(Guid StreamId, TState State, long PreviousVersion, long Version, bool Repeated);
