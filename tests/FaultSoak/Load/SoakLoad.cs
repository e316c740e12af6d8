using System.Collections.Concurrent;
using System.Diagnostics;

namespace AgreementTracker.FaultSoak.Load;

/// <summary>
/// The clients, each sending its next request when the last has its final answer, half of them starting on each node,
/// until told to stop; a request in flight then still gets its answer (or is given up). Every outcome is kept.
/// </summary>
internal sealed class SoakLoad(IReadOnlyList<NodeChannel> nodes, Targets targets, DateOnly today, SoakOptions options, Stopwatch clock)
{
    private readonly ConcurrentQueue<Outcome> _outcomes = new();
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];

    public IReadOnlyCollection<Outcome> Outcomes => _outcomes;

    public Task RunAsync(CancellationToken stop)
    {
        var sender = new RetryingSender(nodes, options.GiveUpAfter, clock);
        return Task.WhenAll(Enumerable.Range(0, options.Clients).Select(client => Task.Run(() => ClientAsync(client, sender, stop), CancellationToken.None)));
    }

    private async Task ClientAsync(int client, RetryingSender sender, CancellationToken stop)
    {
        var workload = new Workload(_run, client, targets, today, new Random(client));
        while (!stop.IsCancellationRequested)
        {
            var request = workload.Next();
            var outcome = await sender.SendAsync(request, preferredNode: client % nodes.Count);
            _outcomes.Enqueue(outcome);
            if (outcome.Final.Kind == AnswerKind.Acknowledged)
                workload.Acknowledged(request, outcome.Final.Version);
        }
    }
}
