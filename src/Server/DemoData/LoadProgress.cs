using System.Diagnostics;

namespace AgreementTracker.Server.DemoData;

/// <summary>Counts what a load has done, from several writers at once, and reports it to the log every few seconds.</summary>
internal sealed class LoadProgress(DemoDataSet set, ILogger logger)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private long _streams;
    private long _agreements;
    private long _written;
    private long _alreadyThere;

    public long Streams => Interlocked.Read(ref _streams);
    public long EventsWritten => Interlocked.Read(ref _written);
    public long EventsAlreadyThere => Interlocked.Read(ref _alreadyThere);
    public TimeSpan Elapsed => _elapsed.Elapsed;

    public void Written(int events) => Interlocked.Add(ref _written, events);

    public void AlreadyThere(int events) => Interlocked.Add(ref _alreadyThere, events);

    public void StreamDone(bool isAgreement)
    {
        Interlocked.Increment(ref _streams);
        if (isAgreement)
            Interlocked.Increment(ref _agreements);
    }

    /// <summary>Logs the progress every few seconds until <paramref name="ct"/> is cancelled.</summary>
    public async Task ReportUntilCancelledAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ReportEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var agreements = Interlocked.Read(ref _agreements);
                var done = set.AgreementCount == 0 ? 1 : (double)agreements / set.AgreementCount;
                logger.LogInformation(
                    "Demo data: {Agreements:N0} of {Total:N0} agreements ({Done:P0}), {Written:N0} events written, {Kept:N0} already there, {Rate:N0} events/s",
                    agreements, set.AgreementCount, done, EventsWritten, EventsAlreadyThere, (EventsWritten + EventsAlreadyThere) / Elapsed.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
