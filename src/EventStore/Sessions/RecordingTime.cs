namespace AgreementTracker.EventStore;

/// <summary>
/// The timestamp one SaveChanges gives its events: the clock, or for an import the caller's
/// <see cref="EventMetadata.RecordedAt"/>, in which case the metadata also records when the import happened.
/// </summary>
internal sealed record RecordingTime(DateTimeOffset Timestamp, EventMetadata Metadata)
{
    public bool IsBackdated => Metadata.ImportedAt is not null;

    public static RecordingTime Of(EventMetadata metadata, DateTimeOffset clock)
    {
        var now = EventHasher.TruncateToMicroseconds(clock);
        if (metadata.RecordedAt is not { } recordedAt)
            return new RecordingTime(now, metadata.ImportedAt is null ? metadata : metadata with { ImportedAt = null });
        var timestamp = EventHasher.TruncateToMicroseconds(recordedAt);
        if (timestamp > now)
            throw new ArgumentException(
                $"Events cannot be recorded in the future: RecordedAt {timestamp:u} is after the current time {now:u}.", nameof(metadata));
        return new RecordingTime(timestamp, metadata with { RecordedAt = timestamp, ImportedAt = now });
    }
}
