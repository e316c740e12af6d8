using System.Globalization;
using AgreementTracker.GraphQL.Benchmarks;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Protection;

// Our engine against graphql-js, same schema, same data, same queries, in one run:
//   dotnet run -c Release --project tests/GraphQL.Benchmarks -- [seconds per measurement] [HTTP clients]
// Needs `npm ci` in tests/GraphQL.Benchmarks/graphql-js. ("serve <data.json>" is this program as the HTTP server.)
if (args is [OurServer.ServeArgument, var dataPath])
{
    await OurServer.ServeAsync(BenchmarkData.LoadSchema(dataPath));
    return;
}

var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var duration = TimeSpan.FromSeconds(seconds);
var warmUp = duration; // long enough for tiered JIT to reach optimised code before measuring
(string Name, string Query)[] queries =
[
    ("small query", BenchmarkData.SmallQuery),
    ($"{BenchmarkData.ItemCount}-item nested list", BenchmarkData.NestedListQuery),
];

GraphQLJs.EnsureInstalled();
var directory = Directory.CreateTempSubdirectory("graphql-benchmark").FullName;
var data = BenchmarkData.WriteTo(directory);
var schema = BenchmarkData.LoadSchema(data.DataPath);
var unlimited = new RequestLimits { MaxDocumentLength = null, MaxDepth = null, MaxAliases = null, MaxCost = null };
var uncached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { DocumentCacheSize = 0, Limits = unlimited });
var cached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Limits = unlimited });

Console.WriteLine($"{Environment.ProcessorCount} cores, {seconds:0.#} s per measurement, {clients} HTTP clients, .NET {Environment.Version}");
var report = new List<(string Measurement, Throughput Ours, Throughput GraphQLJs)>();

foreach (var (name, query) in queries)
{
    var reference = await GraphQLJs.MeasureAsync(data, query, warmUp, duration);
    report.Add(($"engine, {name}, parse+validate+execute", await EngineThroughput.MeasureAsync(uncached, query, warmUp, duration), reference));
    report.Add(($"engine, {name}, document cached", await EngineThroughput.MeasureAsync(cached, query, warmUp, duration), reference));
}

using (var ourServer = await OurServer.StartProcessAsync(data))
using (var nodeServer = await GraphQLJs.StartServerAsync(data))
{
    foreach (var (name, query) in queries)
    {
        var ours = await HttpLoad.RunAsync(ourServer.Endpoint, query, clients, warmUp, duration);
        var reference = await HttpLoad.RunAsync(nodeServer.Endpoint, query, clients, warmUp, duration);
        report.Add(($"HTTP POST on loopback, {name}", ours, reference));
    }
}

Console.WriteLine();
Console.WriteLine($"{"measurement",-58} {"ours /s",10} {"graphql-js /s",14} {"ratio",7} {"ours /cpu-s",12} {"graphql-js /cpu-s",18} {"ratio",7}");
foreach (var (measurement, ours, reference) in report)
{
    var perProcessorSecond = ours.PerProcessorSecond is { } oursPerCpu && reference.PerProcessorSecond is { } referencePerCpu
        ? $"{oursPerCpu,12:N0} {referencePerCpu,18:N0} {oursPerCpu / referencePerCpu,6:0.00}x"
        : "";
    Console.WriteLine($"{measurement,-58} {ours.PerSecond,10:N0} {reference.PerSecond,14:N0} {ours.PerSecond / reference.PerSecond,6:0.00}x {perProcessorSecond}");
}
Console.WriteLine($"load average after measuring: {LoadAverage()}");
Directory.Delete(directory, recursive: true);

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
