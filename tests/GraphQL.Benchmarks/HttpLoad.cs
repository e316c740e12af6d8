using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>
/// A closed-loop load generator: <c>clients</c> concurrent HttpClient loops post the same GraphQL
/// request to a loopback server for a fixed time; every answer must be 200 with data.
/// </summary>
internal static class HttpLoad
{
    public static async Task<Throughput> RunAsync(Uri endpoint, string query, int clients, TimeSpan warmUp, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler);
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query }));

        await Loop(http, endpoint, body, clients, warmUp);
        var stopwatch = Stopwatch.StartNew();
        var requests = await Loop(http, endpoint, body, clients, duration);
        return new Throughput(requests, stopwatch.Elapsed);
    }

    private static async Task<long> Loop(HttpClient http, Uri endpoint, byte[] body, int clients, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            long done = 0;
            while (Stopwatch.GetTimestamp() < end)
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync(endpoint, content);
                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || !text.StartsWith("{\"data\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{endpoint} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}");
                }
                done++;
            }
            return done;
        }));
        return counts.Sum();
    }
}
