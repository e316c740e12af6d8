using System.Globalization;
using AgreementTracker.GraphQL.Benchmarks;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Protection;
using AgreementTracker.GraphQL.Types;

// Our engine against graphql-js, same schema, same data, same queries, in one run:
//   dotnet run -c Release --project tests/GraphQL.Benchmarks -- [seconds per measurement] [HTTP clients]
// Needs `npm ci` in tests/GraphQL.Benchmarks/graphql-js.
var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
var duration = TimeSpan.FromSeconds(seconds);
var warmUp = TimeSpan.FromSeconds(Math.Max(1, seconds / 2));

GraphQLJs.EnsureInstalled();
var directory = Directory.CreateTempSubdirectory("graphql-benchmark").FullName;
var data = BenchmarkData.WriteTo(directory);
var schema = new SchemaBuilder()
    .AddTypeDefinitions(BenchmarkData.Sdl)
    .AddResolver("Query", "shop", _ => data.RootValue["shop"])
    .AddResolver("Query", "items", _ => data.RootValue["items"])
    .Build();
var unlimited = new RequestLimits { MaxDocumentLength = null, MaxDepth = null, MaxAliases = null, MaxCost = null };
var uncached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { DocumentCacheSize = 0, Limits = unlimited });
var cached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Limits = unlimited });

Console.WriteLine($"{Environment.ProcessorCount} cores, {seconds:0.#} s per measurement, {clients} HTTP clients, .NET {Environment.Version}");
var report = new List<(string Measurement, Throughput Ours, Throughput GraphQLJs)>();

foreach (var (name, query) in new[] { ("small query", BenchmarkData.SmallQuery), ($"{BenchmarkData.ItemCount}-item nested list", BenchmarkData.NestedListQuery) })
{
    var reference = await GraphQLJs.MeasureAsync(data, query, warmUp, duration);
    report.Add(($"engine, {name}, parse+validate+execute", await EngineThroughput.MeasureAsync(uncached, query, warmUp, duration), reference));
    report.Add(($"engine, {name}, document cached", await EngineThroughput.MeasureAsync(cached, query, warmUp, duration), reference));
}

var (ourServer, ourEndpoint) = await OurServer.StartAsync(schema);
var (nodeServer, nodeEndpoint) = await GraphQLJs.StartServerAsync(data);
try
{
    foreach (var (name, query) in new[] { ("small query", BenchmarkData.SmallQuery), ($"{BenchmarkData.ItemCount}-item nested list", BenchmarkData.NestedListQuery) })
    {
        var ours = await HttpLoad.RunAsync(ourEndpoint, query, clients, warmUp, duration);
        var reference = await HttpLoad.RunAsync(nodeEndpoint, query, clients, warmUp, duration);
        report.Add(($"HTTP POST on loopback, {name}", ours, reference));
    }
}
finally
{
    nodeServer.Kill();
    nodeServer.Dispose();
    await ourServer.StopAsync();
}

Console.WriteLine();
Console.WriteLine($"{"measurement",-58} {"ours /s",12} {"graphql-js /s",14} {"ratio",7}");
foreach (var (measurement, ours, reference) in report)
{
    Console.WriteLine($"{measurement,-58} {ours.PerSecond,12:N0} {reference.PerSecond,14:N0} {ours.PerSecond / reference.PerSecond,6:0.00}x");
}
Directory.Delete(directory, recursive: true);
