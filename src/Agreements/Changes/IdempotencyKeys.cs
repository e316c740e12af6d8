using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// Turns a client's idempotency key into the store's command id. The key is scoped to the caller, so two users who
/// happen to choose the same key never answer each other's commands; the id is a name-based UUID (version 8).
/// </summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 200;

    public static Guid CommandIdFor(string actor, string key) => NameBased($"command/{actor.Length}:{actor}/{key}");

    /// <summary>
    /// The id of something a keyed command creates (the new agreement, KPI, meeting): the same on a repeat, so the
    /// repeat names the same stream and things as the first time and can be answered with its result.
    /// </summary>
    public static Guid CreatedIdFor(string actor, string key, string field) => NameBased($"created/{actor.Length}:{actor}/{key}/{field}");

    private static Guid NameBased(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"agreementtracker/idempotency/{name}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
