using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.EventStore;

/// <summary>
/// The tamper-evidence hash of one event: SHA-256 over the previous event's hash in the same stream
/// and every stored field of the event, each variable-length field length-prefixed so no two different
/// events share an input. data and metadata are hashed in their canonical (jsonb-printed) form, the
/// timestamp in microseconds since the Unix epoch, which is PostgreSQL's own precision.
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
        var typeLength = Encoding.UTF8.GetByteCount(type);
        var length = previousHash.Length + 16 + 8 + (4 + typeLength) + 4 + (4 + canonicalData.Length) + (4 + canonicalMetadata.Length) + 8;
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var input = new InputWriter(rented);
            input.Write(previousHash);
            streamId.TryWriteBytes(input.Take(16), bigEndian: true, out _);
            BinaryPrimitives.WriteInt64BigEndian(input.Take(8), version);
            BinaryPrimitives.WriteInt32BigEndian(input.Take(4), typeLength);
            Encoding.UTF8.GetBytes(type, input.Take(typeLength));
            BinaryPrimitives.WriteInt32BigEndian(input.Take(4), schemaVersion);
            BinaryPrimitives.WriteInt32BigEndian(input.Take(4), canonicalData.Length);
            input.Write(canonicalData);
            BinaryPrimitives.WriteInt32BigEndian(input.Take(4), canonicalMetadata.Length);
            input.Write(canonicalMetadata);
            BinaryPrimitives.WriteInt64BigEndian(input.Take(8), ToUnixMicroseconds(timestamp));
            return SHA256.HashData(rented.AsSpan(0, input.Position));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    public static long ToUnixMicroseconds(DateTimeOffset timestamp) =>
        (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    /// <summary>Drops the sub-microsecond ticks PostgreSQL cannot store, so the hashed time is the stored time.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset timestamp) =>
        new(timestamp.UtcTicks - timestamp.UtcTicks % 10, TimeSpan.Zero);

    private ref struct InputWriter(byte[] buffer)
    {
        public int Position { get; private set; }

        public Span<byte> Take(int count)
        {
            var span = buffer.AsSpan(Position, count);
            Position += count;
            return span;
        }

        public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Take(bytes.Length));
    }
}
