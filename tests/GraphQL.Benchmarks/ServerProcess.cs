using System.Diagnostics;
using System.Text.Json;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>
/// A GraphQL HTTP server in its own process, so the load generator never shares a process with the
/// server it measures. The process prints <c>{"port": n}</c> once it listens on 127.0.0.1.
/// </summary>
internal sealed class ServerProcess(Process process, Uri endpoint) : IDisposable
{
    public Uri Endpoint { get; } = endpoint;

    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var line = await process.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not start: {await process.StandardError.ReadToEndAsync()}");
        using var ready = JsonDocument.Parse(line);
        return new ServerProcess(process, new Uri($"http://127.0.0.1:{ready.RootElement.GetProperty("port").GetInt32()}/graphql"));
    }

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }
}
