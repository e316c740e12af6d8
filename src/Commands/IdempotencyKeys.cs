using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.Commands;

/// <summary>
/// Turns a client's idempotency key into the store's command id. The key is scoped to the caller, so two users who
/// happen to choose the same key never answer each other's commands; the id is a name-based UUID (version 8).
/// </summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 200;

    public static Guid CommandIdFor(string actor, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"agreementtracker/idempotency/{actor.Length}:{actor}/{key}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
