using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>One events row as the verifier needs it, with its stream record's version and last hash.</summary>
internal sealed record StoredChainRow(
    Guid StreamId, long Version, long Sequence, string Type, int SchemaVersion, byte[] Data, byte[] Metadata,
    DateTimeOffset Timestamp, byte[] Hash, byte[] PreviousHash, long? StreamVersion, byte[]? StreamLastHash)
{
    public static StoredChainRow Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt32(4),
        reader.GetFieldValue<byte[]>(5), reader.GetFieldValue<byte[]>(6), reader.GetFieldValue<DateTimeOffset>(7),
        reader.GetFieldValue<byte[]>(8), reader.GetFieldValue<byte[]>(9),
        reader.IsDBNull(10) ? null : reader.GetInt64(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[]>(11));
}

/// <summary>The running state of one stream's chain while the verifier walks it.</summary>
internal sealed class StreamChain
{
    private readonly StoredChainRow? _first;
    private StoredChainRow? _last;
    private byte[] _previousHash = EventHasher.Genesis;

    public StreamChain() { }

    public StreamChain(StoredChainRow first) => _first = first;

    public Guid? StreamId => _first?.StreamId;

    public IntegrityViolation? Check(StoredChainRow row)
    {
        var expectedVersion = (_last?.Version ?? 0) + 1;
        if (row.Version != expectedVersion)
            return Violation(row, $"version {expectedVersion} is missing (the next stored version is {row.Version})");
        if (!row.PreviousHash.AsSpan().SequenceEqual(_previousHash))
            return Violation(row, "the stored previous hash is not the hash of the event before it", _previousHash, row.PreviousHash);
        // PostgreSQL prints jsonb in canonical form already, so the stored text normally hashes as is;
        // rendering it canonically again is the fallback that makes the check independent of that.
        var expected = HashOf(row, row.Data, row.Metadata);
        if (!expected.AsSpan().SequenceEqual(row.Hash))
            expected = HashOf(row, CanonicalJson.Canonicalize(row.Data), CanonicalJson.Canonicalize(row.Metadata));
        if (!expected.AsSpan().SequenceEqual(row.Hash))
            return Violation(row, "the event's contents do not match its hash", expected, row.Hash);
        _previousHash = row.Hash;
        _last = row;
        return null;
    }

    private byte[] HashOf(StoredChainRow row, byte[] data, byte[] metadata) =>
        EventHasher.Compute(_previousHash, row.StreamId, row.Version, row.Type, row.SchemaVersion, data, metadata, row.Timestamp);

    /// <summary>After the stream's last event: does the stream record agree with the chain's end?</summary>
    public IntegrityViolation? Finish()
    {
        if (_last is null)
            return null;
        if (_last.StreamVersion is null)
            return Violation(_last, "the stream record is missing");
        if (_last.StreamVersion != _last.Version)
            return Violation(_last, $"the stream record says version {_last.StreamVersion}, but the last stored event is version {_last.Version}");
        if (!_last.StreamLastHash!.AsSpan().SequenceEqual(_last.Hash))
            return Violation(_last, "the stream record's last hash is not the hash of its last event", _last.Hash, _last.StreamLastHash);
        return null;
    }

    private static IntegrityViolation Violation(StoredChainRow row, string problem, byte[]? expected = null, byte[]? actual = null) =>
        new(row.StreamId, row.Version, row.Sequence, problem,
            expected is null ? null : Convert.ToHexStringLower(expected),
            actual is null ? null : Convert.ToHexStringLower(actual));
}
