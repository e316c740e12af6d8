namespace AgreementTracker.Integrity;

/// <summary>
/// The first place where the stored history does not match its hash chain: an event (with its global
/// <paramref name="Sequence"/>), or a stream record or hash with no event behind it.
/// </summary>
public sealed record BrokenLink(Guid StreamId, long Version, long? Sequence, string Problem, string? ExpectedHash = null, string? StoredHash = null)
{
    public override string ToString() =>
        $"Stream {StreamId} version {Version}" + (Sequence is { } seq ? $" (global sequence {seq})" : "") + $": {Problem}" +
        (ExpectedHash is null ? "" : $" (expected hash {ExpectedHash}, stored hash {StoredHash ?? "none"})");
}

public sealed record HistoryReport(long EventsVerified, long StreamsVerified, BrokenLink? FirstBrokenLink)
{
    public bool IsIntact => FirstBrokenLink is null;
}

public readonly record struct VerificationProgress(long EventsVerified, long StreamsVerified);
