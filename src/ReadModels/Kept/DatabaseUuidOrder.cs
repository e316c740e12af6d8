namespace AgreementTracker.ReadModels.Kept;

/// <summary>
/// Guids in PostgreSQL's uuid order (byte by byte as written), not .NET's (which compares its first fields as
/// little-endian numbers), so a choice made in memory picks what the same query would.
/// </summary>
public sealed class DatabaseUuidOrder : IComparer<Guid>
{
    public static readonly DatabaseUuidOrder Instance = new();

    public int Compare(Guid x, Guid y)
    {
        Span<byte> left = stackalloc byte[16], right = stackalloc byte[16];
        x.TryWriteBytes(left, bigEndian: true, out _);
        y.TryWriteBytes(right, bigEndian: true, out _);
        return left.SequenceCompareTo(right);
    }
}
