namespace AgreementTracker.Agreements.Changes;

/// <summary>
/// The stream was not at the version the command was decided against: either the caller's expected version is
/// out of date, or other writers kept appending through every retry. Nothing was written.
/// </summary>
public sealed class CommandConflictException(Guid streamId, long expectedVersion, long actualVersion, string message) : Exception(message)
{
    public Guid StreamId { get; } = streamId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}
