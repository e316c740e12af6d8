using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace AgreementTracker.EmbeddedPostgres;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries, listening only on 127.0.0.1.
/// The folder holds the cluster (<c>cluster/</c>), its server log and its generated superuser password;
/// it is initialised on first start and reused on the next.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string SuperUser = "postgres";
    private const int PortAttempts = 3;

    private readonly PostgresServerOptions _options;
    private readonly PostgresBinaries _binaries;
    private readonly ProcessRunner _runner;
    private readonly ILogger _logger;
    private readonly string _password;
    private int _stopped;

    public int Port { get; }

    private PostgresServer(PostgresServerOptions options, PostgresBinaries binaries, ProcessRunner runner, ILogger logger, string password, int port)
    {
        _options = options;
        _binaries = binaries;
        _runner = runner;
        _logger = logger;
        _password = password;
        Port = port;
    }

    private static string ClusterFolder(PostgresServerOptions o) => Path.Combine(o.DataDirectory, "cluster");
    private static string LogFile(PostgresServerOptions o) => Path.Combine(o.DataDirectory, "server.log");
    private static string PasswordFile(PostgresServerOptions o) => Path.Combine(o.DataDirectory, "superuser.password");

    public string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={SuperUser};Password={_password};Database={database}";

    /// <summary>The connection string of the cluster's maintenance database, <c>postgres</c>.</summary>
    public string ConnectionString => ConnectionStringFor("postgres");

    public static async Task<PostgresServer> StartAsync(PostgresServerOptions options, ILogger logger, CancellationToken ct = default)
    {
        var binaries = PostgresBinaries.Locate();
        var runner = new ProcessRunner();
        await runner.EnsureServiceUserExistsAsync(ct);
        var folder = Path.GetFullPath(options.DataDirectory);
        options = options with { DataDirectory = folder };
        Directory.CreateDirectory(folder);
        await runner.EnsureReachableAsync(folder, ct);

        var password = await EnsureInitialisedAsync(options, binaries, runner, logger, ct);
        await RefuseIfAlreadyRunningAsync(options, binaries, runner, ct);

        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port ?? FreeLoopbackPort.Find();
            var start = await runner.RunPostgresTool(binaries.PgCtl,
                ["start", "-w", "-t", "60", "-D", ClusterFolder(options), "-l", LogFile(options), "-o", ServerArguments(options, port)], ct);
            if (start.ExitCode == 0)
            {
                logger.LogInformation("Started PostgreSQL from {Binaries} on 127.0.0.1:{Port}, data in {Folder}", binaries.Directory, port, folder);
                return new PostgresServer(options, binaries, runner, logger, password, port);
            }
            var log = TailOfLog(options);
            if (options.Port is null && attempt < PortAttempts && log.Contains("could not bind", StringComparison.OrdinalIgnoreCase))
                continue;
            throw new PostgresStartException(
                $"PostgreSQL did not start (pg_ctl exited with code {start.ExitCode}). The end of {LogFile(options)}:\n{log}");
        }
    }

    /// <summary>
    /// The connection string of <paramref name="database"/> in the private PostgreSQL already running from this folder
    /// (its port from <c>postmaster.pid</c>), for a command run beside the server that started it; null when none runs.
    /// </summary>
    public static async Task<string?> ConnectionStringOfRunningAsync(string dataDirectory, string database, CancellationToken ct = default)
    {
        var options = new PostgresServerOptions { DataDirectory = Path.GetFullPath(dataDirectory) };
        var pidFile = Path.Combine(ClusterFolder(options), "postmaster.pid");
        if (!File.Exists(pidFile) || !File.Exists(PasswordFile(options)))
            return null;
        var status = await new ProcessRunner().RunPostgresTool(PostgresBinaries.Locate().PgCtl, ["status", "-D", ClusterFolder(options)], ct);
        // The fourth line of postmaster.pid is the port the server listens on.
        if (status.ExitCode != 0 || (await File.ReadAllLinesAsync(pidFile, ct)).ElementAtOrDefault(3) is not { } port || !int.TryParse(port, out _))
            return null;
        var password = (await File.ReadAllTextAsync(PasswordFile(options), ct)).Trim();
        return $"Host=127.0.0.1;Port={port};Username={SuperUser};Password={password};Database={database}";
    }

    private static async Task<string> EnsureInitialisedAsync(PostgresServerOptions options, PostgresBinaries binaries, ProcessRunner runner, ILogger logger, CancellationToken ct)
    {
        var passwordFile = PasswordFile(options);
        if (File.Exists(Path.Combine(ClusterFolder(options), "PG_VERSION")))
        {
            if (!File.Exists(passwordFile))
                throw new PostgresStartException(
                    $"The database folder {options.DataDirectory} has a cluster but no {Path.GetFileName(passwordFile)}; " +
                    "it was not made by AgreementTracker. Move it away or choose another folder.");
            return (await File.ReadAllTextAsync(passwordFile, ct)).Trim();
        }

        logger.LogInformation("Initialising a new PostgreSQL cluster in {Folder} (first start)", options.DataDirectory);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        await File.WriteAllTextAsync(passwordFile, password, ct);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await runner.HandOverAsync(options.DataDirectory, ct);

        var init = await runner.RunPostgresTool(binaries.InitDb,
        [
            "-D", ClusterFolder(options), "-U", SuperUser, "--pwfile", passwordFile,
            "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8",
        ], ct);
        init.ThrowIfFailed($"initialise a PostgreSQL cluster in {ClusterFolder(options)}");
        return password;
    }

    private static async Task RefuseIfAlreadyRunningAsync(PostgresServerOptions options, PostgresBinaries binaries, ProcessRunner runner, CancellationToken ct)
    {
        var status = await runner.RunPostgresTool(binaries.PgCtl, ["status", "-D", ClusterFolder(options)], ct);
        if (status.ExitCode == 0)
            throw new PostgresStartException(
                $"The database folder {options.DataDirectory} is already in use by a running PostgreSQL ({status.Output.Trim()}). " +
                "Is another AgreementTracker server running from this folder? Stop it, or give this one its own folder.");
    }

    private static string ServerArguments(PostgresServerOptions options, int port)
    {
        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = "127.0.0.1",
            ["port"] = port.ToString(),
            // No Unix socket: its default folder is often not writable, and we only connect over TCP.
            ["unix_socket_directories"] = "''",
        };
        if (options.NonDurable)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
        }
        foreach (var (name, value) in options.Settings)
            settings[name] = value;
        return string.Join(' ', settings.Select(s => $"-c {s.Key}={s.Value}"));
    }

    private static string TailOfLog(PostgresServerOptions options)
    {
        var file = LogFile(options);
        return File.Exists(file) ? string.Join('\n', File.ReadLines(file).TakeLast(20)) : "(no server log was written)";
    }

    /// <summary>
    /// <c>pg_ctl restart -m immediate</c>: every backend is ended at once, as in a crash, and the server recovers from its
    /// write-ahead log on the same port and settings. Committed transactions survive only if the cluster is durable
    /// (not <see cref="PostgresServerOptions.NonDurable"/>).
    /// </summary>
    public async Task RestartImmediatelyAsync(CancellationToken ct = default)
    {
        var restart = await _runner.RunPostgresTool(_binaries.PgCtl,
            ["restart", "-w", "-t", "120", "-m", "immediate", "-D", ClusterFolder(_options), "-l", LogFile(_options)], ct);
        if (restart.ExitCode != 0)
            throw new PostgresStartException(
                $"PostgreSQL did not restart (pg_ctl exited with code {restart.ExitCode}). The end of {LogFile(_options)}:\n{TailOfLog(_options)}");
    }

    public async Task StopAsync(CancellationToken ct = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        var stop = await _runner.RunPostgresTool(_binaries.PgCtl, ["stop", "-w", "-m", "fast", "-D", ClusterFolder(_options)], ct);
        if (stop.ExitCode != 0)
            _logger.LogWarning("pg_ctl stop exited with code {Code}: {Error}", stop.ExitCode, stop.Error.Trim());
        else
            _logger.LogInformation("Stopped PostgreSQL on 127.0.0.1:{Port}", Port);
        if (_options.DeleteOnStop)
            Directory.Delete(_options.DataDirectory, recursive: true);
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
