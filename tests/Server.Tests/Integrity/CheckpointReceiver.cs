using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>
/// A real HTTP listener (Kestrel on a free local port) standing in for a transparency log: it answers 503 to its first
/// <c>failures</c> POSTs and keeps the body of every one it acknowledges with 200.
/// </summary>
public sealed class CheckpointReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private CheckpointReceiver(WebApplication app, int failures)
    {
        _app = app;
        _failuresLeft = failures;
    }

    public ConcurrentQueue<string> Acknowledged { get; } = new();

    public int Refused { get; private set; }

    public Uri Url => new(new Uri(_app.Urls.Single()), "/checkpoints");

    public static async Task<CheckpointReceiver> StartAsync(int failures)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new CheckpointReceiver(app, failures);
        app.MapPost("/checkpoints", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (Interlocked.Decrement(ref receiver._failuresLeft) >= 0)
            {
                receiver.Refused++;
                return Results.StatusCode(503);
            }
            receiver.Acknowledged.Enqueue(body);
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
