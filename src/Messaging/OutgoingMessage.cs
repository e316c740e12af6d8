namespace AgreementTracker.Messaging;

/// <summary>
/// A message to handle at <paramref name="DueAt"/>, which the writer takes from its own clock (an outbox entry is due
/// at the writer's "now"); with a <see cref="DeduplicationKey"/>, scheduling it again moves the pending one instead of
/// adding another.
/// </summary>
public sealed record OutgoingMessage(string Kind, object Payload, DateTimeOffset DueAt)
{
    public string? DeduplicationKey { get; init; }
}
