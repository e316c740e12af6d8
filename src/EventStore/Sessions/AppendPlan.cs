namespace AgreementTracker.EventStore;

internal sealed record SerializedEvent(object Event, EventType Type, byte[] CanonicalJson);

internal sealed record PlannedEvent(Guid StreamId, long Version, SerializedEvent Serialized, byte[] PreviousHash, byte[] Hash);

internal sealed record PlannedStream(Guid Id, string? Type, long ExpectedVersion, long NewVersion, byte[] LastHash);

/// <summary>
/// The rows one SaveChanges call will write: every event numbered and hash-chained onto its stream's
/// head, and each stream's new version and last hash.
/// </summary>
internal sealed class AppendPlan
{
    public required IReadOnlyList<PlannedEvent> Events { get; init; }
    public required IReadOnlyList<PlannedStream> NewStreams { get; init; }
    public required IReadOnlyList<PlannedStream> AdvancedStreams { get; init; }
    public required IReadOnlyList<StreamAppended> Appended { get; init; }
    public required IReadOnlyDictionary<Guid, StreamHead> Heads { get; init; }
    public required byte[] CanonicalMetadata { get; init; }
    public required DateTimeOffset Timestamp { get; init; }

    public static AppendPlan Build(
        IReadOnlyList<PendingStream> streams, IReadOnlyDictionary<Guid, List<SerializedEvent>> serialized,
        IReadOnlyDictionary<Guid, StreamHead> currentHeads, byte[] canonicalMetadata, DateTimeOffset timestamp)
    {
        var events = new List<PlannedEvent>();
        var newStreams = new List<PlannedStream>();
        var advanced = new List<PlannedStream>();
        var appended = new List<StreamAppended>();
        var heads = new Dictionary<Guid, StreamHead>();
        foreach (var stream in streams)
        {
            var previous = stream.IsNew ? EventHasher.Genesis : currentHeads[stream.Id].LastHash;
            var version = stream.ExpectedVersion;
            foreach (var @event in serialized[stream.Id])
            {
                version++;
                var hash = EventHasher.Compute(previous, stream.Id, version, @event.Type.Name, @event.Type.SchemaVersion,
                    @event.CanonicalJson, canonicalMetadata, timestamp);
                events.Add(new PlannedEvent(stream.Id, version, @event, previous, hash));
                previous = hash;
            }
            var planned = new PlannedStream(stream.Id, stream.NewStreamType, stream.ExpectedVersion, version, previous);
            (stream.IsNew ? newStreams : advanced).Add(planned);
            appended.Add(new StreamAppended(stream.Id, stream.ExpectedVersion + 1, version));
            heads[stream.Id] = new StreamHead(version, previous);
        }
        return new AppendPlan
        {
            Events = events, NewStreams = newStreams, AdvancedStreams = advanced, Appended = appended,
            Heads = heads, CanonicalMetadata = canonicalMetadata, Timestamp = timestamp,
        };
    }
}
