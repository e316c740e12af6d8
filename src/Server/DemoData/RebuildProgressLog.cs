using System.Diagnostics;
using AgreementTracker.EventStore;

namespace AgreementTracker.Server.DemoData;

/// <summary>Logs a rebuild's progress at most every few seconds.</summary>
internal sealed class RebuildProgressLog(ILogger logger) : IProgress<ProjectionRebuildProgress>
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private TimeSpan _lastReport;

    public void Report(ProjectionRebuildProgress value)
    {
        if (_elapsed.Elapsed - _lastReport < ReportEvery)
            return;
        _lastReport = _elapsed.Elapsed;
        logger.LogInformation("Demo data: {Projection} {Replayed:N0} of {Total:N0} events ({Done:P0}), {Rate:N0} events/s",
            value.Projection, value.EventsReplayed, value.EventsTotal,
            value.EventsTotal == 0 ? 1 : (double)value.EventsReplayed / value.EventsTotal, value.EventsReplayed / _elapsed.Elapsed.TotalSeconds);
    }
}
