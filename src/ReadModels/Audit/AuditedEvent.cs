namespace AgreementTracker.ReadModels.Audit;

/// <summary>An event as the audit timeline reads it, whichever store recorded it.</summary>
/// <param name="Sequence">Its place in the whole store (global sequence).</param>
/// <param name="Version">Its stream's version after it.</param>
/// <param name="Actor">Who appended it, if anyone was recorded.</param>
/// <param name="CorrelationId">The command it was appended by, shared by that command's events.</param>
public sealed record AuditedEvent(
    long Sequence,
    Guid StreamId,
    long Version,
    object Data,
    DateTimeOffset Timestamp,
    string? Actor,
    string? Reason,
    string? CorrelationId)
{
    /// <summary>The event header a change's reason is kept in, by whoever appends it: the change handlers, the deadlines, the demo import.</summary>
    public const string ReasonHeader = "reason";

    /// <summary>The headers that name the signed-in user beside the subject Marten keeps as the event's user: their display name, and their organisation's CVR number.</summary>
    public const string ActorNameHeader = "actor-name";

    public const string ActorOrganisationHeader = "actor-organisation";
}
