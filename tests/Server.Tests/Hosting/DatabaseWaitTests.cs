using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgreementTracker.Server.Tests.Hosting;

/// <summary>
/// A node started while its PostgreSQL is down (restarting after a crash, or still starting) waits for the database
/// and comes up by itself when it accepts connections, as the real server process.
/// </summary>
public sealed class DatabaseWaitTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"agreementtracker-wait-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_server_started_while_its_database_is_down_waits_for_it_and_then_serves()
    {
        var options = new PostgresServerOptions { DataDirectory = _folder, NonDurable = true, Port = FreeLoopbackPort.Find() };
        string connectionString;
        await using (var first = await PostgresServer.StartAsync(options, NullLogger.Instance))
        {
            await using var connection = new NpgsqlConnection(first.ConnectionString);
            await connection.OpenAsync();
            await new NpgsqlCommand("CREATE DATABASE waiting", connection).ExecuteNonQueryAsync();
            connectionString = first.ConnectionStringFor("waiting");
        }

        var starting = ServerProcess.StartAsync(connectionString, $"http://127.0.0.1:{FreeLoopbackPort.Find()}",
            ["--Database:WaitAtStart=00:02:00", "--Projections:RunDaemon=false"], ServerProcess.DefaultPatience);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.False(starting.IsCompleted, "The server answered before its database was started.");
        await using var database = await PostgresServer.StartAsync(options, NullLogger.Instance);
        await using var server = await starting;

        (await server.GraphQLAsync("{ organisations(first: 1) { nodes { id } } }")).ShouldSucceed();
        Assert.Contains("is not accepting connections yet", server.Output);
    }
}
