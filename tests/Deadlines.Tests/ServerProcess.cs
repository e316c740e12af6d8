using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// The server as an operator runs it, its own process (<c>dotnet AgreementTracker.Server.dll --connection ...</c>, the
/// build these tests run against) on the system clock, listening on a free port; <see cref="Kill"/> ends it with SIGKILL.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private ServerProcess(Process process, ConcurrentQueue<string> output, HttpClient http)
    {
        _process = process;
        _output = output;
        Http = http;
    }

    public HttpClient Http { get; }

    /// <summary>What the process wrote to its console, for a failing test to show.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the server and waits until it answers on <c>/health</c>.</summary>
    public static async Task<ServerProcess> StartAsync(string connectionString)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var url = $"http://127.0.0.1:{FreePort()}";
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "AgreementTracker.Server.dll"), "--connection", connectionString, "--urls", url })
            start.ArgumentList.Add(argument);
        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, output, new HttpClient { BaseAddress = new Uri(url) });
        await server.AnsweringAsync();
        return server;
    }

    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to finish or hand over what it holds.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private async Task AnsweringAsync()
    {
        using var hangGuard = new CancellationTokenSource(DeadlineWorld.Patience);
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            try
            {
                using (await Http.GetAsync("/health", hangGuard.Token))
                    return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), hangGuard.Token);
            }
        }
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null)
            output.Enqueue(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await KillAsync();
        _process.Dispose();
        Http.Dispose();
    }
}
