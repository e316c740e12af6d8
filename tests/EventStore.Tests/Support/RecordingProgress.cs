namespace AgreementTracker.EventStore.Tests.Support;

/// <summary>Keeps every report in the order it was made (Progress&lt;T&gt; would post them to the thread pool).</summary>
public sealed class RecordingProgress<T> : IProgress<T>
{
    private readonly List<T> _reports = [];

    public IReadOnlyList<T> Reports
    {
        get { lock (_reports) return _reports.ToList(); }
    }

    public void Report(T value)
    {
        lock (_reports) _reports.Add(value);
    }
}
