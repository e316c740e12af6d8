namespace AgreementTracker.EventStore;

public abstract class EventStoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Another writer appended to the stream first: the expected version is no longer the stream's version.</summary>
public class ConcurrencyException(Guid streamId, long expectedVersion, long actualVersion, string? message = null)
    : EventStoreException(message ?? $"Stream {streamId} is at version {actualVersion}, not the expected version {expectedVersion}; another writer appended first.")
{
    public Guid StreamId { get; } = streamId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}

/// <summary>StartStream was called for an id that already has a stream.</summary>
public sealed class StreamAlreadyExistsException(Guid streamId, long actualVersion)
    : ConcurrencyException(streamId, 0, actualVersion, $"Stream {streamId} already exists (version {actualVersion}); StartStream needs a new stream id.");

public sealed class UnknownStreamException(Guid streamId)
    : EventStoreException($"Stream {streamId} does not exist; start it with StartStream before appending to it.")
{
    public Guid StreamId { get; } = streamId;
}

public sealed class EventTooLargeException(Guid streamId, string eventType, int size, int maximum)
    : EventStoreException($"Event '{eventType}' for stream {streamId} is {size} bytes of JSON, more than the maximum of {maximum} bytes.");

public sealed class UnregisteredEventTypeException(string message) : EventStoreException(message);

public sealed class SchemaMismatchException(string message) : EventStoreException(message);

/// <summary>A projection failed on an event while being rebuilt or checked; its live tables were left as they were.</summary>
public sealed class ProjectionReplayException(string projection, EventEnvelope failedOn, Exception inner)
    : EventStoreException(
        $"Projection '{projection}' failed on event {failedOn.Sequence} ('{failedOn.TypeName}', stream {failedOn.StreamId} version {failedOn.Version}) " +
        $"while replaying it; its live tables were not changed. {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Projection { get; } = projection;
    public long Sequence { get; } = failedOn.Sequence;
}

/// <summary>Another rebuild or consistency check of the same projection is running (in this process or another).</summary>
public sealed class ProjectionBusyException(string projection)
    : EventStoreException($"A rebuild or consistency check of projection '{projection}' is already running; try again when it has finished.")
{
    public string Projection { get; } = projection;
}
