namespace AgreementTracker.EventStore;

/// <summary>The first event (or stream record) whose stored hash chain does not match its contents.</summary>
public sealed record IntegrityViolation(Guid StreamId, long Version, long? Sequence, string Problem, string? ExpectedHash, string? ActualHash)
{
    public override string ToString() =>
        $"Stream {StreamId} version {Version}" + (Sequence is { } seq ? $" (global sequence {seq})" : "") + $": {Problem}" +
        (ExpectedHash is null ? "" : $" (expected hash {ExpectedHash}, stored hash {ActualHash})");
}

public sealed record IntegrityReport(long EventsChecked, long StreamsChecked, IntegrityViolation? FirstViolation)
{
    public bool IsIntact => FirstViolation is null;
}

public readonly record struct IntegrityProgress(long EventsChecked, long StreamsChecked);
