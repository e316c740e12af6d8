namespace AgreementTracker.EventStore;

/// <summary>Versions written to one stream by one SaveChanges call (inclusive).</summary>
public sealed record StreamAppended(Guid StreamId, long FromVersion, long ToVersion);

/// <summary>
/// What SaveChanges wrote: per stream the new versions, and the global sequence range. For a repeated
/// command id <see cref="IsDuplicate"/> is true and the values are those of the first call.
/// </summary>
public sealed record AppendResult(IReadOnlyList<StreamAppended> Streams, long FirstSequence, long LastSequence, bool IsDuplicate)
{
    public static AppendResult Nothing { get; } = new([], 0, 0, false);

    public long VersionOf(Guid streamId) =>
        Streams.FirstOrDefault(s => s.StreamId == streamId)?.ToVersion
        ?? throw new ArgumentException($"Stream {streamId} was not part of this append.", nameof(streamId));
}
