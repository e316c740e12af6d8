namespace AgreementTracker.ReadModels.Audit;

/// <summary>One event of a history as an auditor reads it: where it stands, what happened in Danish, who, when and why, what it changed, and its hash.</summary>
/// <param name="Position">The event's place in the whole store (global sequence).</param>
/// <param name="Version">The stream's version after the event.</param>
/// <param name="Event">The event's type name, e.g. <c>MeasurementCorrected</c>.</param>
/// <param name="Hash">The event's hash in lower-case hex, chained to the previous event of its stream.</param>
public sealed record AuditEntry(
    long Position,
    Guid StreamId,
    long Version,
    string Event,
    string Summary,
    DateTimeOffset OccurredAt,
    string Actor,
    string? Reason,
    string? CorrelationId,
    IReadOnlyList<FieldChange> Changes,
    string Hash);
