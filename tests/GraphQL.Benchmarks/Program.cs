using System.Globalization;
using AgreementTracker.GraphQL.Benchmarks;
using AgreementTracker.GraphQL.Benchmarks.GraphQLNet;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Protection;

// Our engine against GraphQL.NET 8.8.5 and graphql-js, same schema, same data, same queries, in one run:
//   dotnet run -c Release --project tests/GraphQL.Benchmarks -- [seconds per measurement] [HTTP clients]
// Needs `npm ci` in tests/GraphQL.Benchmarks/graphql-js. ("serve <data.json>" is this program as the HTTP server.)
if (args is [OurServer.ServeArgument, var dataPath])
{
    await OurServer.ServeAsync(BenchmarkData.LoadSchema(BenchmarkData.LoadRoot(dataPath)));
    return;
}

var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var duration = TimeSpan.FromSeconds(seconds);
var warmUp = duration; // long enough for tiered JIT to reach optimised code before measuring

GraphQLJs.EnsureInstalled();
var directory = Directory.CreateTempSubdirectory("graphql-benchmark").FullName;
var data = BenchmarkData.WriteTo(directory);
var root = BenchmarkData.LoadRoot(data.DataPath);
var schema = BenchmarkData.LoadSchema(root);
var graphQLNetSchema = GraphQLNetEngine.CreateSchema();
var unlimited = new RequestLimits { MaxDocumentLength = null, MaxDepth = null, MaxAliases = null, MaxCost = null };
// With a document cache of 0 every run parses and validates, like graphql-js's graphql().
var uncached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { DocumentCacheSize = 0, Limits = unlimited });
var cached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Limits = unlimited });

Console.WriteLine($"{Environment.ProcessorCount} cores, {seconds:0.#} s per measurement, {PeerComparison.Repeats} alternating repeats (medians), " +
    $"{clients} HTTP clients, .NET {Environment.Version}, {DateTime.UtcNow:dd-MM-yyyy}");
Console.WriteLine($"load average before measuring: {LoadAverage()}");
var engineReport = new List<(string Measurement, Throughput Ours, Throughput GraphQLNet, Throughput? GraphQLJs)>();
foreach (var (name, query) in BenchmarkData.Shapes)
{
    var reference = await GraphQLJs.MeasureAsync(data, query, warmUp, duration);
    var (ours, graphQLNet) = await PeerComparison.MeasureAsync(
        new OurEngine(uncached, query), new GraphQLNetEngine(graphQLNetSchema, root, query, cached: false), warmUp, duration);
    engineReport.Add(($"{name}, parse+validate+execute", ours, graphQLNet, reference));
    (ours, graphQLNet) = await PeerComparison.MeasureAsync(
        new OurEngine(cached, query), new GraphQLNetEngine(graphQLNetSchema, root, query, cached: true), warmUp, duration);
    engineReport.Add(($"{name}, document cached", ours, graphQLNet, null));
}

var httpReport = new List<(string Measurement, Throughput Ours, Throughput GraphQLJs)>();
using (var ourServer = await OurServer.StartProcessAsync(data))
using (var nodeServer = await GraphQLJs.StartServerAsync(data))
{
    foreach (var (name, query) in BenchmarkData.Shapes)
    {
        var ours = await HttpLoad.RunAsync(ourServer.Endpoint, query, clients, warmUp, duration);
        var reference = await HttpLoad.RunAsync(nodeServer.Endpoint, query, clients, warmUp, duration);
        httpReport.Add(($"HTTP POST on loopback, {name}", ours, reference));
    }
}

Console.WriteLine();
Console.WriteLine("Engine, execute + write the JSON response (ours ÷ GraphQL.NET: throughput higher is better, bytes lower is better)");
Console.WriteLine($"{"measurement",-62} {"ours /s",9} {"G.NET /s",9} {"ratio",6} {"ours /cpu-s",11} {"G.NET /cpu-s",12} {"ratio",6} " +
    $"{"ours B/op",11} {"G.NET B/op",11} {"ratio",6} {"g-js /s",8} {"ours÷js",7}");
foreach (var (measurement, ours, graphQLNet, reference) in engineReport)
{
    var js = reference is { } graphQLJs ? $"{graphQLJs.PerSecond,8:N0} {ours.PerSecond / graphQLJs.PerSecond,6:0.00}x" : "";
    Console.WriteLine($"{measurement,-62} {ours.PerSecond,9:N0} {graphQLNet.PerSecond,9:N0} {ours.PerSecond / graphQLNet.PerSecond,5:0.00}x " +
        $"{ours.PerProcessorSecond,11:N0} {graphQLNet.PerProcessorSecond,12:N0} {ours.PerProcessorSecond / graphQLNet.PerProcessorSecond,5:0.00}x " +
        $"{ours.BytesPerOperation,11:N0} {graphQLNet.BytesPerOperation,11:N0} {(double)ours.BytesPerOperation! / graphQLNet.BytesPerOperation!,5:0.00}x {js}");
}
Console.WriteLine();
Console.WriteLine($"{"HTTP, " + clients + " clients",-62} {"ours /s",9} {"g-js /s",9} {"ratio",6}");
foreach (var (measurement, ours, reference) in httpReport)
{
    Console.WriteLine($"{measurement,-62} {ours.PerSecond,9:N0} {reference.PerSecond,9:N0} {ours.PerSecond / reference.PerSecond,5:0.00}x");
}
Console.WriteLine($"load average after measuring: {LoadAverage()}");
Directory.Delete(directory, recursive: true);

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
