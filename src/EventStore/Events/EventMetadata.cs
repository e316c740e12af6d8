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

    /// <summary>
    /// For importing history kept elsewhere: when the events were originally recorded, used as their
    /// timestamp instead of the clock, so time travel sees them where they happened. Never in the future,
    /// and never before a stream's last event. It stays in the stored (and hashed) metadata.
    /// </summary>
    public DateTimeOffset? RecordedAt { get; init; }

    /// <summary>Set by the store on back-dated events: when they were actually written, so an import is never mistaken for a live change.</summary>
    public DateTimeOffset? ImportedAt { get; init; }

    public static EventMetadata Empty { get; } = new();
}
