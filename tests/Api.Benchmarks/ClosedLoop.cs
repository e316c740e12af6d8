using System.Collections.Concurrent;
using System.Diagnostics;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>What one scenario measured. Failed requests are counted apart and never among the latencies.</summary>
/// <param name="WarmUpFailures">Failures of requests sent during the warm-up: in no other figure, but seen.</param>
internal sealed record ScenarioResult(
    string Name, int Clients, TimeSpan Measured, LatencySamples Latencies, long MeanResponseBytes,
    IReadOnlyDictionary<string, long> Failures, IReadOnlyDictionary<string, long> WarmUpFailures)
{
    public double PerSecond => Latencies.Count / Measured.TotalSeconds;
    public long FailureCount => Failures.Values.Sum();
}

/// <summary>
/// A closed-loop load generator: each client sends its next request as soon as the last is answered, for a warm-up
/// and then the measured time. Every request sent in the measured time counts, however late its answer comes.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<ScenarioResult> RunAsync(
        string name, GraphQLClient client, IReadOnlyList<byte[]> requests, int clients, TimeSpan warmUp, TimeSpan duration, CancellationToken ct)
    {
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var failures = new ConcurrentDictionary<string, long>();
        var warmUpFailures = new ConcurrentDictionary<string, long>();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(seed => Task.Run(async () =>
        {
            var random = new Random(seed);
            var latencies = new List<double>();
            long bytes = 0, lastAnswer = measureFrom;
            while (Stopwatch.GetTimestamp() is var sent && sent < measureUntil)
            {
                string? failure;
                var length = 0;
                try
                {
                    var answer = await client.PostAsync(requests[random.Next(requests.Count)], ct);
                    (failure, length) = (answer.Failure(), answer.Body.Length);
                }
                catch (HttpRequestException e)
                {
                    failure = $"{e.GetType().Name}: {e.Message}";
                }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested)
                {
                    failure = $"no answer within the client's timeout of {client.Timeout.TotalSeconds:N0} s";
                }
                var answered = Stopwatch.GetTimestamp();
                if (sent < measureFrom)
                {
                    if (failure is not null)
                        warmUpFailures.AddOrUpdate(failure, 1, (_, n) => n + 1);
                    continue;
                }
                lastAnswer = Math.Max(lastAnswer, answered);
                if (failure is not null)
                {
                    failures.AddOrUpdate(failure, 1, (_, n) => n + 1);
                    continue;
                }
                latencies.Add(Stopwatch.GetElapsedTime(sent, answered).TotalMilliseconds);
                bytes += length;
            }
            return (latencies, bytes, lastAnswer);
        }, ct)));

        var samples = new LatencySamples(perClient.SelectMany(c => c.latencies));
        var measured = Stopwatch.GetElapsedTime(measureFrom, perClient.Max(c => c.lastAnswer));
        var meanBytes = samples.Count == 0 ? 0 : perClient.Sum(c => c.bytes) / samples.Count;
        return new ScenarioResult(name, clients, measured > TimeSpan.Zero ? measured : duration, samples, meanBytes, failures, warmUpFailures);
    }
}
