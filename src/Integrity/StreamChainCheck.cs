namespace AgreementTracker.Integrity;

/// <summary>Walks one stream's events in version order and says where its chain breaks.</summary>
internal sealed class StreamChainCheck(Guid streamId, long? recordedVersion)
{
    private byte[] _previous = EventHash.Genesis.ToArray();
    private long _lastVersion;

    public Guid StreamId => streamId;

    public BrokenLink? Check(StoredEvent e, byte[]? storedHash)
    {
        var expectedVersion = _lastVersion + 1;
        if (e.Version != expectedVersion)
            return new BrokenLink(e.StreamId, expectedVersion, null, $"version {expectedVersion} is missing (the next stored version is {e.Version})");
        var expected = EventHash.Compute(_previous, e);
        if (storedHash is null)
            return Broken(e, "the event has no stored hash", expected, null);
        if (!expected.AsSpan().SequenceEqual(storedHash))
            return Broken(e, "the event's contents do not match its hash", expected, storedHash);
        _previous = storedHash;
        _lastVersion = e.Version;
        return null;
    }

    /// <summary>After the stream's last event: does the stream record agree with the chain's end?</summary>
    public BrokenLink? Finish(long lastSequence) => recordedVersion switch
    {
        null => new BrokenLink(streamId, _lastVersion, lastSequence, "the stream record is missing"),
        { } version when version != _lastVersion => new BrokenLink(streamId, _lastVersion, lastSequence,
            $"the stream record says version {version}, but the last stored event is version {_lastVersion}"),
        _ => null,
    };

    private static BrokenLink Broken(StoredEvent e, string problem, byte[] expected, byte[]? stored) =>
        new(e.StreamId, e.Version, e.Sequence, problem, Convert.ToHexStringLower(expected), stored is null ? null : Convert.ToHexStringLower(stored));
}
