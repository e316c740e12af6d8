using System.Diagnostics;
using AgreementTracker.EmbeddedPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgreementTracker.TestSupport;

/// <summary>
/// The one PostgreSQL server of a test run: the server named by the environment variable
/// <see cref="ConnectionVariable"/> (a superuser connection string), or else a throwaway cluster
/// started from the machine's binaries and removed when the test process exits.
/// </summary>
public static class PostgresTestCluster
{
    public const string ConnectionVariable = "AGREEMENTTRACKER_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> AdminConnection = new(StartAsync);

    /// <summary>A superuser connection string to the server's maintenance database.</summary>
    public static Task<string> AdminConnectionStringAsync() => AdminConnection.Value;

    /// <summary>Creates a new, empty database and returns a connection string to it.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await AdminConnectionStringAsync();
        var name = "test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(await AdminConnectionStringAsync());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private const string FolderPrefix = "agreementtracker-tests-";

    /// <summary>
    /// Removes the clusters of earlier runs whose test process has ended: a test host that its runner ends before the
    /// exit handler has deleted the folder (or that crashed) leaves some 400 MB behind, and CI runs the suite twice.
    /// A cluster whose server still runs is left alone.
    /// </summary>
    private static void RemoveClustersOfEndedRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var name = Path.GetFileName(folder)[FolderPrefix.Length..];
            if (!int.TryParse(name[..Math.Max(0, name.IndexOf('-'))], out var owner) || IsRunning(owner) ||
                File.Exists(Path.Combine(folder, "cluster", "postmaster.pid")))
                continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another run removing it at the same moment.
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(given))
            return given;

        RemoveClustersOfEndedRuns();
        var folder = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
        var server = await PostgresServer.StartAsync(new PostgresServerOptions
        {
            DataDirectory = folder,
            DeleteOnStop = true,
            NonDurable = true,
            Settings = new Dictionary<string, string> { ["max_connections"] = "300" },
        }, NullLogger.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        return server.ConnectionString;
    }
}
