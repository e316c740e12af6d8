using AgreementTracker.EmbeddedPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgreementTracker.FaultSoak.Cluster;

/// <summary>
/// The soak's own PostgreSQL, started from the machine's binaries like the tests' cluster but durable (fsync and
/// synchronous commit on, as in production): an immediate restart must not lose a committed transaction.
/// </summary>
internal sealed class SoakDatabase : IAsyncDisposable
{
    private const string Database = "agreements";

    private readonly PostgresServer _server;

    private SoakDatabase(PostgresServer server)
    {
        _server = server;
        DataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    public string ConnectionString => _server.ConnectionStringFor(Database);

    public NpgsqlDataSource DataSource { get; }

    public static async Task<SoakDatabase> StartAsync()
    {
        var server = await PostgresServer.StartAsync(new PostgresServerOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), $"agreementtracker-soak-{Guid.NewGuid():N}"),
            DeleteOnStop = true,
            Settings = new Dictionary<string, string> { ["max_connections"] = "400" },
        }, NullLogger.Instance);
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new SoakDatabase(server);
    }

    /// <summary><c>pg_ctl restart -m immediate</c>; this process's own pooled connections are dropped with it.</summary>
    public async Task RestartImmediatelyAsync()
    {
        await _server.RestartImmediatelyAsync();
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _server.StopAsync();
    }
}
