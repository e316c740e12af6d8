using System.Diagnostics;

namespace AgreementTracker.FaultSoak.Load;

/// <summary>
/// Sends a request until it has a final answer: a lost attempt is sent again, unchanged, to the other node after a short
/// pause that grows with each attempt, until <paramref name="giveUpAfter"/> has passed since the first.
/// </summary>
internal sealed class RetryingSender(IReadOnlyList<NodeChannel> nodes, TimeSpan giveUpAfter, Stopwatch clock)
{
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(2);

    public async Task<Outcome> SendAsync(SoakRequest request, int preferredNode)
    {
        var started = clock.Elapsed;
        var failures = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            var answer = await nodes[(preferredNode + attempt - 1) % nodes.Count].SendAsync(request);
            if (answer.Kind != AnswerKind.Lost)
                return new Outcome(request, answer, attempt, failures, started, clock.Elapsed - started);
            failures.Add(answer.Failure!);
            if (clock.Elapsed - started > giveUpAfter)
                return new Outcome(request, answer, attempt, failures, started, clock.Elapsed - started);
            var pause = TimeSpan.FromMilliseconds(Math.Min(LongestPause.TotalMilliseconds, 100 * attempt * (1 + Random.Shared.NextDouble())));
            await Task.Delay(pause);
        }
    }
}
