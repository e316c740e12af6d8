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
        var input = new MemoryStream(256 + e.Data.Length);
        input.Write(previous);
        Span<byte> fixedWidth = stackalloc byte[16];
        e.StreamId.TryWriteBytes(fixedWidth, bigEndian: true, out _);
        input.Write(fixedWidth);
        BinaryPrimitives.WriteInt64BigEndian(fixedWidth, e.Version);
        input.Write(fixedWidth[..8]);
        WriteField(input, Encoding.UTF8.GetBytes(e.Type));
        WriteField(input, Encoding.UTF8.GetBytes(e.Data));
        BinaryPrimitives.WriteInt64BigEndian(fixedWidth, UnixMicroseconds(e.Timestamp));
        input.Write(fixedWidth[..8]);
        WriteOptional(input, e.CorrelationId);
        WriteOptional(input, e.CausationId);
        WriteOptional(input, e.UserName);
        WriteOptional(input, e.Headers);
        return SHA256.HashData(input.GetBuffer().AsSpan(0, (int)input.Length));
    }

    private static long UnixMicroseconds(DateTimeOffset timestamp) => (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static void WriteField(MemoryStream input, byte[] value)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, value.Length);
        input.Write(length);
        input.Write(value);
    }

    private static void WriteOptional(MemoryStream input, string? value)
    {
        input.WriteByte(value is null ? (byte)0 : (byte)1);
        if (value is not null)
            WriteField(input, Encoding.UTF8.GetBytes(value));
    }
}
