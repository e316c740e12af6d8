using System.Diagnostics;
using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Benchmarks;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EmbeddedPostgres;
using Marten;
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
    Console.WriteLine("starting a private PostgreSQL (durable: fsync on)");
    server = await PostgresServer.StartAsync(new PostgresServerOptions
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), $"agreementtracker-benchmark-{Guid.NewGuid():N}"),
        DeleteOnStop = true,
        Settings = new Dictionary<string, string> { ["shared_buffers"] = "512MB", ["max_wal_size"] = "4GB" },
    }, NullLogger.Instance);
    adminConnection = server.ConnectionString;
}
using var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopping.Cancel(); };
try
{
    var loadAtStart = LoadAverage();
    Console.WriteLine($"generating the demo set with {options.Agreements} agreements");
    var demo = DemoDataGenerator.Generate(options.Agreements).ToList();
    var events = demo.Sum(s => (long)s.Events.Count);
    if (options.AuditTimeline)
    {
        await using var timelineSource = await DatabaseAsync("audit");
        var (applied, elapsed) = await AuditTimelineCatchUp.RunAsync(timelineSource, demo, stopping.Token);
        Console.WriteLine();
        Console.WriteLine($"| audit timeline caught up by Marten's daemon, {applied:N0} events | {applied / elapsed.TotalSeconds:N0} events/s ({elapsed.TotalSeconds:N1} s) |");
        Console.WriteLine($"{Environment.ProcessorCount} cores; load average (1 min) {loadAtStart} at the start, {LoadAverage()} at the end");
        return 0;
    }
    var batches = DemoHistoryImport.Batches(demo).ToList();
    var rows = new List<string>();

    await using (var raw = await DatabaseAsync("raw"))
    {
        await RawImport.CreateTablesAsync(raw);
        var rate = await EventsPerSecondAsync("raw PostgreSQL, COPY", () => RawImport.ImportAsync(raw, batches));
        rows.Add($"| import {events:N0} events, raw PostgreSQL (binary COPY, same rows and batches) | {rate:N0} events/s |");
    }
    // The product last: the aggregation phases read its database.
    foreach (var (withIntegrity, writers) in new[] { (false, DemoHistoryImport.DefaultWriters), (true, 1), (true, DemoHistoryImport.DefaultWriters) })
    {
        await using var dataSource = await DatabaseAsync(withIntegrity ? "marten" : "marten_plain");
        await using var store = DocumentStore.For(o => { o.Connection(dataSource); o.ConfigureAgreements(TimeProvider.System); });
        if (withIntegrity)
            await store.ApplySchemaAsync(dataSource);
        else
            await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var product = withIntegrity && writers == DemoHistoryImport.DefaultWriters;
        var label = (withIntegrity ? "Marten with the integrity layer" : "Marten without the integrity trigger") +
            $", {writers} transaction{(writers == 1 ? "" : "s")} at once" + (product ? " (the product)" : "");
        var rate = await EventsPerSecondAsync(label, async () =>
            (await DemoHistoryImport.ImportAsync(store, demo, writers: writers, ct: stopping.Token)).EventsWritten);
        rows.Add($"| import {events:N0} events, {label} | {rate:N0} events/s |");
        if (!product)
            continue;

        var aggregation = new Aggregation(store, dataSource, options);
        var drafted = demo.First(s => s.Kind == StreamKind.Agreement).Events.Select(e => e.Data).OfType<AgreementDrafted>().First();
        var id = await aggregation.AppendLongStreamAsync(drafted);
        Console.WriteLine($"aggregating a {options.AggregateEvents}-event stream, {options.AggregateRuns} runs each");
        rows.Add($"| {options.AggregateEvents}-event agreement, inline document (what commands decide against), median | {await aggregation.InlineDocumentAsync(id):N2} ms |");
        rows.Add($"| {options.AggregateEvents}-event agreement, live replay (AggregateStreamAsync, time travel's path), median | {await aggregation.LiveReplayAsync(id):N2} ms |");
        rows.Add($"| {options.AggregateEvents}-event agreement, raw read and fold (Npgsql, System.Text.Json, Agreement.Evolve), median | {await aggregation.RawReadAndFoldAsync(id):N2} ms |");
    }

    Console.WriteLine();
    Console.WriteLine("| measurement | result |");
    Console.WriteLine("|---|---|");
    rows.ForEach(Console.WriteLine);
    Console.WriteLine();
    Console.WriteLine($"{Environment.ProcessorCount} cores; load average (1 min) {loadAtStart} at the start, {LoadAverage()} at the end; " +
        (options.Connection is not null ? "given server" : "private server, durable (fsync on)"));
    return 0;
}
catch (OperationCanceledException) when (stopping.IsCancellationRequested)
{
    Console.Error.WriteLine("stopped");
    return 130;
}
finally
{
    if (server is not null)
        await server.StopAsync();
}

async Task<NpgsqlDataSource> DatabaseAsync(string name)
{
    var database = $"{name}_{Guid.NewGuid():N}"[..24];
    await using (var admin = new NpgsqlConnection(adminConnection))
    {
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
        await create.ExecuteNonQueryAsync();
    }
    return NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ConnectionString);
}

static async Task<double> EventsPerSecondAsync(string label, Func<Task<long>> import)
{
    Console.WriteLine($"importing: {label}");
    var watch = Stopwatch.StartNew();
    var written = await import();
    var rate = written / watch.Elapsed.TotalSeconds;
    Console.WriteLine($"  {written:N0} events in {watch.Elapsed.TotalSeconds:N1} s: {rate:N0} events/s");
    return rate;
}

// What else the machine was doing: figures from a shared machine are only comparable at similar load.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
