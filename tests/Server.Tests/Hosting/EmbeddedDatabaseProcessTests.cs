using System.Diagnostics;
using System.Net;
using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.Tests.Hosting;

/// <summary>
/// Runs the real server program, as a user would, with no connection string: it must start its own
/// PostgreSQL, answer /health, stop the database when it is stopped, and reuse the folder next time.
/// </summary>
public sealed class EmbeddedDatabaseProcessTests : IDisposable
{
    private readonly string _workingDirectory = CreateWorkingDirectory();

    private static string CreateWorkingDirectory()
    {
        // An ordinary working folder that others may enter, as a user's project folder is.
        var folder = Directory.CreateTempSubdirectory("at-server-").FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        return folder;
    }

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);

    [Fact]
    public async Task Starts_a_private_database_in_the_working_directory_and_stops_it_on_exit()
    {
        var firstLog = await RunUntilHealthyThenStop();
        var clusterFolder = Path.Combine(_workingDirectory, ".data", "postgres", "cluster");
        Assert.True(File.Exists(Path.Combine(clusterFolder, "PG_VERSION")), firstLog);
        Assert.False(File.Exists(Path.Combine(clusterFolder, "postmaster.pid")), "PostgreSQL still runs after the server stopped:\n" + firstLog);
        Assert.Contains("Initialising a new PostgreSQL cluster", firstLog);

        var secondLog = await RunUntilHealthyThenStop();
        Assert.DoesNotContain("Initialising a new PostgreSQL cluster", secondLog);
    }

    private async Task<string> RunUntilHealthyThenStop()
    {
        var port = FreeLoopbackPort.Find();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { typeof(ServerCommand).Assembly.Location, "--urls", $"http://127.0.0.1:{port}" })
            start.ArgumentList.Add(a);
        start.Environment.Remove("ConnectionStrings__AgreementTracker");

        using var server = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            await WaitUntilHealthy(port, server, log);
            using (var term = Process.Start("kill", ["-TERM", server.Id.ToString()]))
                await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await server.WaitForExitAsync(timeout.Token);
            Assert.True(server.ExitCode == 0, $"exit code {server.ExitCode}\n{log}");
            lock (log) return log.ToString();
        }
        finally
        {
            if (!server.HasExited)
                server.Kill(entireProcessTree: true);
        }
    }

    private static async Task WaitUntilHealthy(int port, Process server, System.Text.StringBuilder log)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waiting = Stopwatch.StartNew();
        while (waiting.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (server.HasExited)
                throw new Xunit.Sdk.XunitException($"The server exited with code {server.ExitCode}:\n{log}");
            try
            {
                var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new Xunit.Sdk.XunitException($"The server did not become healthy in time:\n{log}");
    }
}
