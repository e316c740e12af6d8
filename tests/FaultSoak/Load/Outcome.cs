namespace AgreementTracker.FaultSoak.Load;

/// <summary>
/// A request's fate: its final answer (or <see cref="AnswerKind.Lost"/> when the client gave up), how many attempts it
/// took, each lost attempt's kind of failure, and when it started and how long the client waited in all.
/// </summary>
internal sealed record Outcome(SoakRequest Request, Answer Final, int Attempts, IReadOnlyList<string> Failures, TimeSpan Started, TimeSpan Latency)
{
    public bool Retried => Attempts > 1;
    public bool GaveUp => Final.Kind == AnswerKind.Lost;
}
