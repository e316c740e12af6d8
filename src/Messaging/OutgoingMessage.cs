namespace AgreementTracker.Messaging;

/// <summary>
/// A message to handle later. Without <see cref="DueAt"/> it is due at once (an outbox entry);
/// with a <see cref="DeduplicationKey"/>, scheduling it again moves the pending one instead of adding another.
/// </summary>
public sealed record OutgoingMessage(string Kind, object Payload)
{
    public DateTimeOffset? DueAt { get; init; }
    public string? DeduplicationKey { get; init; }
}
