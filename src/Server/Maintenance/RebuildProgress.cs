using System.Globalization;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;

namespace AgreementTracker.Server.Maintenance;

/// <summary>A line at most every few seconds while a projection is rebuilt: how far its shards have come towards the high-water mark.</summary>
internal sealed class RebuildProgress(string projection, ShardStateTracker tracker, TimeProvider clock, TextWriter output) : IObserver<ShardState>
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(3);

    private readonly Lock _lock = new();
    private long _lastLine = clock.GetTimestamp();

    public void OnNext(ShardState value)
    {
        if (!value.ShardName.StartsWith($"{projection}:", StringComparison.Ordinal) || tracker.HighWaterMark == 0)
            return;
        lock (_lock)
        {
            if (clock.GetElapsedTime(_lastLine) < Every)
                return;
            _lastLine = clock.GetTimestamp();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {projection}: at event {value.Sequence:N0} of {tracker.HighWaterMark:N0} ({100.0 * value.Sequence / tracker.HighWaterMark:N0} %)"));
        }
    }

    public void OnError(Exception error)
    {
    }

    public void OnCompleted()
    {
    }
}
