using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.Integrity;

/// <summary>
/// Version 1 of an event's tamper-evidence hash: SHA-256 over the previous hash in its stream and every stored field
/// of the event, in the same bytes as <c>integrity.event_hash</c> in <c>schema/postgres/integrity/hash_chain.sql</c>,
/// which the database computes on append. Variable-length fields are length-prefixed and absent ones marked, so no
/// two different events share an input; jsonb is hashed as PostgreSQL prints it, the time in microseconds.
/// </summary>
public static class EventHash
{
    public const int Length = 32;

    /// <summary>The previous hash of a stream's first event.</summary>
    public static ReadOnlyMemory<byte> Genesis { get; } = new byte[Length];

    public static byte[] Compute(ReadOnlySpan<byte> previous, StoredEvent e)
    {
        var length = previous.Length + 16 + 8 + FieldLength(e.Type) + FieldLength(e.Data) + 8
            + OptionalLength(e.CorrelationId) + OptionalLength(e.CausationId) + OptionalLength(e.UserName) + OptionalLength(e.Headers);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        var input = new Input(rented);
        input.Write(previous);
        e.StreamId.TryWriteBytes(input.Next(16), bigEndian: true, out _);
        BinaryPrimitives.WriteInt64BigEndian(input.Next(8), e.Version);
        input.WriteField(e.Type);
        input.WriteField(e.Data);
        BinaryPrimitives.WriteInt64BigEndian(input.Next(8), UnixMicroseconds(e.Timestamp));
        input.WriteOptional(e.CorrelationId);
        input.WriteOptional(e.CausationId);
        input.WriteOptional(e.UserName);
        input.WriteOptional(e.Headers);
        var hash = SHA256.HashData(rented.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(rented);
        return hash;
    }

    private static long UnixMicroseconds(DateTimeOffset timestamp) => (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static int FieldLength(string value) => 4 + Encoding.UTF8.GetByteCount(value);

    private static int OptionalLength(string? value) => 1 + (value is null ? 0 : FieldLength(value));

    /// <summary>The hash's input written front to back into a buffer sized for it.</summary>
    private ref struct Input(byte[] buffer)
    {
        private int _written;

        public Span<byte> Next(int length)
        {
            var next = buffer.AsSpan(_written, length);
            _written += length;
            return next;
        }

        public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Next(bytes.Length));

        public void WriteField(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            BinaryPrimitives.WriteInt32BigEndian(Next(4), length);
            Encoding.UTF8.GetBytes(value, Next(length));
        }

        public void WriteOptional(string? value)
        {
            Next(1)[0] = value is null ? (byte)0 : (byte)1;
            if (value is not null)
                WriteField(value);
        }
    }
}
