namespace AgreementTracker.EventStore;

/// <summary>Who did it and why: stored with every event of one SaveChanges call.</summary>
public sealed record EventMetadata
{
    public string? Actor { get; init; }
    public string? CorrelationId { get; init; }
    public string? CausationId { get; init; }
    public string? Reason { get; init; }
    /// <summary>Idempotency key: a second SaveChanges with the same command id writes nothing and returns the first result.</summary>
    public Guid? CommandId { get; init; }

    public static EventMetadata Empty { get; } = new();
}
