namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// The id names a stream of another kind: an organisation's stream fetched for a change to an agreement, or the
/// reverse. Its events are none of the change's kind, so no state was folded from them; nothing was written.
/// </summary>
public sealed class StreamOfAnotherKindException(Guid streamId) : Exception($"Stream {streamId} is not a stream of the kind the change is for.")
{
    public Guid StreamId { get; } = streamId;
}
