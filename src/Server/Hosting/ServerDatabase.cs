using AgreementTracker.EmbeddedPostgres;
using Npgsql;

namespace AgreementTracker.Server.Hosting;

/// <summary>
/// The database the server works on: the configured one, or else a private PostgreSQL that this
/// server starts from the machine's binaries and stops when it stops.
/// </summary>
public sealed class ServerDatabase : IAsyncDisposable
{
    public const string EmbeddedDatabaseName = "agreementtracker";

    private readonly PostgresServer? _embedded;
    private int _stopped;

    public string ConnectionString { get; }
    public bool IsEmbedded => _embedded is not null;

    private ServerDatabase(string connectionString, PostgresServer? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    /// <summary>For a command run beside the server: use the private PostgreSQL the server started from the same folder, if it runs, instead of refusing the folder as in use.</summary>
    public const string UseRunningKey = "Database:UseRunning";

    public static async Task<ServerDatabase> OpenAsync(IConfiguration configuration, ILogger logger, CancellationToken ct)
    {
        var configured = configuration[CommandLine.ConnectionKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var database = new ServerDatabase(configured, null);
            logger.LogInformation("Using the configured PostgreSQL at {Host}", database.Describe());
            return database;
        }

        var folder = DataDirectory(configuration);
        if (configuration.GetValue(UseRunningKey, false)
            && await PostgresServer.ConnectionStringOfRunningAsync(folder, EmbeddedDatabaseName, ct) is { } running)
        {
            logger.LogInformation("Using the private PostgreSQL already running from {Folder}", folder);
            return new ServerDatabase(running, null);
        }
        logger.LogInformation("No connection string configured: starting a private PostgreSQL in {Folder}", folder);
        var server = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = folder, Settings = PrivateClusterSettings }, logger, ct);
        try
        {
            await CreateDatabaseIfMissingAsync(server, ct);
            return new ServerDatabase(server.ConnectionStringFor(EmbeddedDatabaseName), server);
        }
        catch
        {
            await server.StopAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// PostgreSQL's defaults are sized for a machine shared with much else: with 128 MB of buffers and a checkpoint every
    /// GB of WAL, loading the national data set left the appending connections writing out dirty pages themselves
    /// (5.4 GB of them) and forced a checkpoint every few seconds, each followed by whole-page images in the WAL.
    /// Durability is untouched: fsync and synchronous commit stay on.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> PrivateClusterSettings = new Dictionary<string, string>
    {
        ["shared_buffers"] = "1GB",
        ["max_wal_size"] = "8GB",
        ["checkpoint_timeout"] = "15min",
    };

    /// <summary>The private PostgreSQL's folder: <c>--data</c>, or <c>.data/postgres</c> under the working directory.</summary>
    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration[CommandLine.DataDirectoryKey] ?? Path.Combine(Directory.GetCurrentDirectory(), ".data", "postgres"));

    private static async Task CreateDatabaseIfMissingAsync(PostgresServer server, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection)
        {
            Parameters = { new() { Value = EmbeddedDatabaseName } },
        };
        if (await exists.ExecuteScalarAsync(ct) is null)
            await new NpgsqlCommand($"CREATE DATABASE {EmbeddedDatabaseName}", connection).ExecuteNonQueryAsync(ct);
    }

    /// <summary>Host, port and database, without the password: for logs and error messages.</summary>
    public string Describe()
    {
        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"{parsed.Host}:{parsed.Port}/{parsed.Database}";
        }
        catch (ArgumentException e)
        {
            throw new ServerStartException($"The connection string is not valid: {e.Message}", e);
        }
    }

    /// <summary>Stops the private PostgreSQL, once, whoever asks first (the host stopping, or the container disposing).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0 && _embedded is not null)
            await _embedded.StopAsync(CancellationToken.None);
    }
}
