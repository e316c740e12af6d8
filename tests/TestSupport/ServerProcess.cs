using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using AgreementTracker.EmbeddedPostgres;

namespace AgreementTracker.TestSupport;

/// <summary>
/// The server as an operator runs it, its own process (<c>dotnet AgreementTracker.Server.dll --connection ...</c>, the
/// build the tests run against, copied beside them by this project's reference) on the system clock, listening on
/// <see cref="Url"/>; <see cref="KillAsync"/> ends it with SIGKILL.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    /// <summary>How long a server may take to answer on <c>/health</c> after it was started, unless the caller says otherwise.</summary>
    public static readonly TimeSpan DefaultPatience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;
    private string? _token;

    private ServerProcess(Process process, ConcurrentQueue<string> output, string url)
    {
        _process = process;
        _output = output;
        Url = url;
        Http = new HttpClient { BaseAddress = new Uri(url) };
    }

    public string Url { get; }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote to its console, for a failing test to show.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>The server's dll: the one this project's reference copied beside the running tests.</summary>
    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "AgreementTracker.Server.dll");

    /// <summary>Starts the server on a free port and waits until it answers on <c>/health</c>.</summary>
    public static Task<ServerProcess> StartAsync(string connectionString) =>
        StartAsync(connectionString, $"http://127.0.0.1:{FreeLoopbackPort.Find()}", [], DefaultPatience);

    /// <summary>Starts the server on <paramref name="url"/> with further options and waits, at most <paramref name="patience"/>, until it answers (<see cref="ServingAsync"/>).</summary>
    public static async Task<ServerProcess> StartAsync(string connectionString, string url, IReadOnlyList<string> options, TimeSpan patience, bool signIn = true)
    {
        var server = Launch(connectionString, url, options);
        try
        {
            await server.ServingAsync(connectionString, patience, signIn);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Starts the server process and returns at once, for a test that watches it start (<see cref="OutputAsync"/>, then <see cref="ServingAsync"/>).</summary>
    public static ServerProcess Launch(string connectionString, string url, IReadOnlyList<string> options)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { ServerDll, "--connection", connectionString, "--urls", url }.Concat(options))
            start.ArgumentList.Add(argument);
        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The server process did not start.");
        process.OutputDataReceived += (_, line) => Keep(output, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(output, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(process, output, url);
    }

    /// <summary>Waits, at most <paramref name="patience"/>, until the server answers; then, if <paramref name="signIn"/>, takes the token <see cref="GraphQLAsync"/> sends.</summary>
    /// <param name="signIn">Whether <see cref="GraphQLAsync"/> sends a token of <see cref="TestUsers.Coordinator"/>, issued as soon as the
    /// server answers; false for a caller that sends its own requests (the fault soak).</param>
    public async Task ServingAsync(string connectionString, TimeSpan patience, bool signIn = true)
    {
        await AnsweringAsync(patience);
        // Now, while the database is surely there: a test may take it away before its first request.
        if (signIn)
            _token = await TestUsers.TokenForProcessAsync(connectionString, Url, TestUsers.Coordinator);
    }

    /// <summary>Waits, at most <paramref name="patience"/>, until the process has written a line containing <paramref name="text"/>.</summary>
    public async Task OutputAsync(string text, TimeSpan patience)
    {
        using var hangGuard = new CancellationTokenSource(patience);
        while (!_output.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with {_process.ExitCode} before writing '{text}':{Environment.NewLine}{Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(200), hangGuard.Token);
        }
    }

    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (_token is not null)
            request.Headers.Authorization = new("Bearer", _token);
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to finish or hand over what it holds.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Asks <c>/health</c> until it answers; a server that never does fails the test with what it wrote, so the cause can be read.</summary>
    private async Task AnsweringAsync(TimeSpan patience)
    {
        using var hangGuard = new CancellationTokenSource(patience);
        try
        {
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
        catch (OperationCanceledException) when (hangGuard.IsCancellationRequested)
        {
            throw new TimeoutException($"The server did not answer on /health within {patience} (load average {MachineLoad.Now()}); it wrote:{Environment.NewLine}{Output}");
        }
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is not null)
            output.Enqueue(line);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
            await KillAsync();
        _process.Dispose();
        Http.Dispose();
    }
}
