namespace AgreementTracker.EventStore;

/// <summary>
/// A stored event as read back: its place in the global sequence and in its stream, its (upcast,
/// current-version) body, and the metadata and time it was appended with.
/// </summary>
public sealed record EventEnvelope(
    long Sequence,
    Guid StreamId,
    long Version,
    string TypeName,
    int StoredSchemaVersion,
    object Data,
    EventMetadata Metadata,
    DateTimeOffset Timestamp);
