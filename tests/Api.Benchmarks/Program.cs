using AgreementTracker.Api.Benchmarks;
using Microsoft.Extensions.DependencyInjection;
using System.Runtime.InteropServices;

BenchmarkOptions? options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
if (options is null)
{
    Console.WriteLine(BenchmarkOptions.Help);
    return 0;
}

// Ctrl+C or a kill stop the run cleanly, so the private PostgreSQL is stopped and its temporary folder deleted.
using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
var ct = stop.Token;
try
{
    return await RunAsync(options, ct);
}
catch (OperationCanceledException) when (ct.IsCancellationRequested)
{
    Console.Error.WriteLine("Stopped.");
    return 130;
}

void Stop(PosixSignalContext signal)
{
    signal.Cancel = true;
    stop.Cancel();
}

static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken ct)
{
    Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {MachineLoad.Now()}; " +
                      $"{options.Agreements:N0} agreements, {options.Clients} clients, {options.WarmUp.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s");
    await using var server = await BenchmarkServer.BuildAsync(options);

    var loaded = await server.StartAsync(ct);
    Report.Load(Console.Out, loaded, MachineLoad.Now());

    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients }) { Timeout = TimeSpan.FromMinutes(1) };
    http.DefaultRequestHeaders.Authorization = new("Bearer", await TestUsers.TokenAsync(server.Services, TestUsers.Coordinator));
    var client = new GraphQLClient(http, server.GraphQLEndpoint);
    var today = DateOnly.FromDateTime(server.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
    BenchmarkTargets targets;
    try
    {
        targets = await BenchmarkTargets.FromApiAsync(client, ct);
    }
    catch (InvalidOperationException e)
    {
        Console.WriteLine($"The API did not answer the queries that pick the targets ({e.Message}); picking them from the demo data instead.");
        targets = BenchmarkTargets.FromDemoData(options.Agreements, today);
    }
    Console.WriteLine($"Targets from {targets.Source}: {targets.MunicipalityIds.Count} municipalities, {targets.Agreements.Count} agreements in force.");

    if (targets.MunicipalityIds.Count > 0)
        await DashboardAnatomy.RunAsync(Console.Out, server.Services, client, targets, ct);

    var scenarios = new List<(ScenarioResult, string)>();
    foreach (var (name, requests) in new[]
             {
                 ("(a) municipality KPI dashboard", Scenarios.Dashboards(targets)),
                 ("(b) log a meeting", Scenarios.Meetings(targets, today)),
             })
    {
        if (requests.Count == 0)
        {
            Console.WriteLine($"Skipping {name}: no targets for it.");
            continue;
        }
        Console.WriteLine($"Running {name} ...");
        var result = await ClosedLoop.RunAsync(name, client, requests, options.Clients, options.WarmUp, options.Duration, ct);
        scenarios.Add((result, MachineLoad.Now()));
    }
    Report.Scenarios(Console.Out, scenarios);
    var dataSource = server.Services.GetRequiredService<Npgsql.NpgsqlDataSource>();
    var rawWrites = await RawWrites.AppendAsync(dataSource, ct);
    Console.WriteLine($"Raw PostgreSQL, read a row and append one in a transaction, one at a time: p50 {rawWrites.Percentile(0.5):N2} ms, p95 {rawWrites.Percentile(0.95):N2} ms (load average {MachineLoad.Now()})");
    var (withDocument, documentBytes) = await RawWrites.AppendWithDocumentAsync(dataSource, ct);
    Console.WriteLine($"Raw PostgreSQL, the same with a {documentBytes / 1024.0:N0} KiB jsonb document (the median agreement's) read and written back: p50 {withDocument.Percentile(0.5):N2} ms, p95 {withDocument.Percentile(0.95):N2} ms (load average {MachineLoad.Now()})");

    // Last, on the stopped server's database: a rebuild of the inline projections is refused while a server runs on it.
    if (options.Rebuild)
    {
        var raw = await ProjectionRebuilds.ReadEventsRawAsync(server.Services.GetRequiredService<Npgsql.NpgsqlDataSource>(), ct);
        await server.StopAsync();
        Console.WriteLine("Rebuilding every read model: projections rebuild all ...");
        var rebuilt = await ProjectionRebuilds.RunCommandAsync(server.DatabaseArgs, ct);
        Report.Rebuilds(Console.Out, rebuilt, raw);
        if (rebuilt.ExitCode != 0)
            return rebuilt.ExitCode;
    }
    return 0;
}
