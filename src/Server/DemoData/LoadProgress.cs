using System.Diagnostics;
using AgreementTracker.Agreements.DemoData;

namespace AgreementTracker.Server.DemoData;

/// <summary>Logs how far a demo load has come, at most every few seconds, so a long load shows it is moving.</summary>
internal sealed class LoadProgress(DemoDataSet set, ILogger logger) : IProgress<DemoHistoryImport.Progress>
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private TimeSpan _lastReport;

    public TimeSpan Elapsed => _elapsed.Elapsed;

    public void Report(DemoHistoryImport.Progress value)
    {
        if (_elapsed.Elapsed - _lastReport < ReportEvery)
            return;
        _lastReport = _elapsed.Elapsed;
        logger.LogInformation(
            "Demo data: {Streams:N0} streams (organisations, then {Agreements:N0} agreements), {Written:N0} events written, {Kept:N0} streams already there, {Rate:N0} events/s",
            value.Streams, set.AgreementCount, value.EventsWritten, value.StreamsAlreadyThere, value.EventsWritten / _elapsed.Elapsed.TotalSeconds);
    }
}
