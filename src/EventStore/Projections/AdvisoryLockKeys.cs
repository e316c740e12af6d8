using System.Security.Cryptography;
using System.Text;

namespace AgreementTracker.EventStore;

/// <summary>Stable 64-bit advisory lock keys per projection name, the same on every node.</summary>
internal static class AdvisoryLockKeys
{
    /// <summary>Held by the daemon node that applies the projection.</summary>
    public static long Running(string projection) => KeyFor("agreementtracker.projection:" + projection);

    /// <summary>Held by whoever rebuilds or checks the projection, so two of them never share scratch tables.</summary>
    public static long Maintenance(string projection) => KeyFor("agreementtracker.projection-maintenance:" + projection);

    private static long KeyFor(string text) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);
}
