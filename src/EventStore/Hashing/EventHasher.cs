using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.EventStore;

/// <summary>
/// The tamper-evidence hash of one event: SHA-256 over the previous event's hash in the same stream
/// and every stored field of the event, each length-prefixed so no two different events share an input.
/// data and metadata are hashed in their canonical (jsonb-printed) form, the timestamp in microseconds
/// since the Unix epoch, which is PostgreSQL's own precision.
/// </summary>
public static class EventHasher
{
    public const int HashLength = 32;

    /// <summary>The previous hash of a stream's first event.</summary>
    public static byte[] Genesis { get; } = new byte[HashLength];

    public static byte[] Compute(
        ReadOnlySpan<byte> previousHash, Guid streamId, long version, string type, int schemaVersion,
        ReadOnlySpan<byte> canonicalData, ReadOnlySpan<byte> canonicalMetadata, DateTimeOffset timestamp)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> scratch = stackalloc byte[16];

        hash.AppendData(previousHash);
        streamId.TryWriteBytes(scratch, bigEndian: true, out _);
        hash.AppendData(scratch[..16]);
        AppendInt64(hash, version, scratch);
        AppendLengthPrefixed(hash, Encoding.UTF8.GetBytes(type), scratch);
        BinaryPrimitives.WriteInt32BigEndian(scratch, schemaVersion);
        hash.AppendData(scratch[..4]);
        AppendLengthPrefixed(hash, canonicalData, scratch);
        AppendLengthPrefixed(hash, canonicalMetadata, scratch);
        AppendInt64(hash, ToUnixMicroseconds(timestamp), scratch);
        return hash.GetHashAndReset();
    }

    public static long ToUnixMicroseconds(DateTimeOffset timestamp) =>
        (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>Drops the sub-microsecond ticks PostgreSQL cannot store, so the hashed time is the stored time.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset timestamp) =>
        new(timestamp.UtcTicks - timestamp.UtcTicks % 10, TimeSpan.Zero);

    private static void AppendInt64(IncrementalHash hash, long value, Span<byte> scratch)
    {
        BinaryPrimitives.WriteInt64BigEndian(scratch, value);
        hash.AppendData(scratch[..8]);
    }

    private static void AppendLengthPrefixed(IncrementalHash hash, ReadOnlySpan<byte> bytes, Span<byte> scratch)
    {
        BinaryPrimitives.WriteInt32BigEndian(scratch, bytes.Length);
        hash.AppendData(scratch[..4]);
        hash.AppendData(bytes);
    }
}
