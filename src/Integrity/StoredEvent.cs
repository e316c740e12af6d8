namespace AgreementTracker.Integrity;

/// <summary>
/// One event as Marten stored it, in the form its hash covers: <paramref name="Data"/> and <paramref name="Headers"/>
/// are the jsonb text PostgreSQL prints. <c>mt_dotnet_type</c> and <c>tenant_id</c> are not covered: the first names a
/// CLR type (it changes when code is renamed, not when history is), and there is one tenant.
/// </summary>
public sealed record StoredEvent(
    long Sequence, Guid StreamId, long Version, string Type, string Data, DateTimeOffset Timestamp,
    string? CorrelationId, string? CausationId, string? UserName, string? Headers);
