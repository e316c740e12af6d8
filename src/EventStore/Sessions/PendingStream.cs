namespace AgreementTracker.EventStore;

/// <summary>Events queued in a session for one stream: a new stream, or an append at an expected version.</summary>
internal sealed class PendingStream(Guid id, string? newStreamType, long expectedVersion)
{
    public Guid Id { get; } = id;
    /// <summary>Set when the session starts this stream; null for an append to an existing one.</summary>
    public string? NewStreamType { get; } = newStreamType;
    public long ExpectedVersion { get; } = expectedVersion;
    public List<object> Events { get; } = [];
    public bool IsNew => NewStreamType is not null;
    public long NextVersion => ExpectedVersion + Events.Count;
}

/// <summary>A stream's version and last hash as last seen by this session: what the next append chains onto.</summary>
internal readonly record struct StreamHead(long Version, byte[] LastHash);
