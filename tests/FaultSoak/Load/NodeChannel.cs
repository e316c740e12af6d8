using System.Net.Http.Headers;
using System.Net.Sockets;

namespace AgreementTracker.FaultSoak.Load;

/// <summary>HTTP to one node's <c>/graphql</c>, shared by every client; an attempt either answers or says how it was lost.</summary>
internal sealed class NodeChannel(Uri node, string token, TimeSpan timeout) : IDisposable
{
    public const string CorrelationHeader = "X-Correlation-Id";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        BaseAddress = node,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<Answer> SendAsync(SoakRequest request)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(request.Body) };
        message.Content.Headers.ContentType = Json;
        message.Headers.Add(CorrelationHeader, request.CorrelationId);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var timedOut = new CancellationTokenSource(timeout);
        try
        {
            using var response = await _http.SendAsync(message, timedOut.Token);
            return Answer.Read((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(timedOut.Token), request.Field);
        }
        catch (OperationCanceledException) when (timedOut.IsCancellationRequested)
        {
            return Answer.Lost("timeout");
        }
        catch (HttpRequestException e)
        {
            return Answer.Lost(Kind(e));
        }
    }

    private static string Kind(HttpRequestException e) =>
        e.InnerException is SocketException socket
            ? $"connection {socket.SocketErrorCode}"
            : e.HttpRequestError switch
            {
                HttpRequestError.ResponseEnded => "connection closed mid-answer",
                HttpRequestError.ConnectionError => "connection error",
                var other => $"HTTP {other}",
            };

    public void Dispose() => _http.Dispose();
}
