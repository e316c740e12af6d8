using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.EventStore.Benchmarks;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

BenchmarkOptions? options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    return 2;
}
if (options is null)
{
    Console.WriteLine(BenchmarkOptions.Help);
    return 0;
}

PostgresServer? server = null;
var adminConnection = options.Connection;
if (adminConnection is null)
{
    Console.WriteLine("starting a private PostgreSQL" + (options.NonDurable ? " (fsync off)" : ""));
    server = await PostgresServer.StartAsync(new PostgresServerOptions
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"agreementtracker-benchmark-{Guid.NewGuid():N}"),
        DeleteOnStop = true,
        NonDurable = options.NonDurable,
        Settings = new Dictionary<string, string> { ["max_connections"] = "100", ["shared_buffers"] = "512MB" },
    }, NullLogger.Instance);
    adminConnection = server.ConnectionString;
}
try
{
    var database = "benchmark_" + Guid.NewGuid().ToString("N")[..8];
    await using (var admin = new NpgsqlConnection(adminConnection))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync();
    }
    // No Reset On Close: the store keeps no session state on pooled connections (the daemon releases its
    // advisory locks itself), so the reset statements Npgsql would run on every reuse are pure cost.
    await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(adminConnection)
    {
        Database = database, MaxPoolSize = 40, NoResetOnClose = true,
    }.ConnectionString);
    var loadBefore = LoadAverage();
    var results = await new EventStoreBenchmark(dataSource, options).RunAsync();

    Console.WriteLine();
    Console.WriteLine("| phase | event store | raw PostgreSQL | store cost vs raw |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var m in results)
        Console.WriteLine($"| {m.Phase} | {m.Store:N2} {m.Unit} | {m.Raw:N2} {m.Unit} | {m.SlowdownFactor:N2}x |");
    Console.WriteLine();
    Console.WriteLine($"{Environment.ProcessorCount} cores; load average (1 min) {loadBefore} at the start, {LoadAverage()} at the end; " +
        (options.Connection is not null ? "given server" : options.NonDurable ? "private server, fsync off" : "private server, durable (fsync on)"));
    return 0;
}
finally
{
    if (server is not null)
        await server.StopAsync();
}

// What else the machine was doing: figures from a shared machine are only comparable at similar load.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
