using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>Runs graphql-js (graphql-js/ beside this project, after `npm ci` there) for the comparison.</summary>
internal static class GraphQLJs
{
    public static string Directory { get; } = Path.Combine(ProjectDirectory.Path, "graphql-js");

    public static void EnsureInstalled()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed for the benchmark: run `npm ci` in {Directory}.");
        }
    }

    /// <summary>graphql() (parse + validate + execute) in a loop, measured by Node itself.</summary>
    public static async Task<Throughput> MeasureAsync(BenchmarkData data, string query, TimeSpan warmUp, TimeSpan duration)
    {
        using var node = Start("throughput.mjs", data.SchemaPath, data.DataPath, query, Seconds(warmUp), Seconds(duration));
        var line = await node.StandardOutput.ReadLineAsync()
            ?? throw new InvalidOperationException("graphql-js throughput run printed nothing: " + await node.StandardError.ReadToEndAsync());
        await node.WaitForExitAsync();
        using var result = JsonDocument.Parse(line);
        return new Throughput(
            result.RootElement.GetProperty("operations").GetInt64(),
            TimeSpan.FromSeconds(result.RootElement.GetProperty("seconds").GetDouble()),
            TimeSpan.FromSeconds(result.RootElement.GetProperty("processorSeconds").GetDouble()));
    }

    /// <summary>Starts the minimal graphql-js HTTP server.</summary>
    public static Task<ServerProcess> StartServerAsync(BenchmarkData data) =>
        ServerProcess.StartAsync(new ProcessStartInfo("node", ["server.mjs", data.SchemaPath, data.DataPath]) { WorkingDirectory = Directory });

    private static Process Start(string script, params string[] arguments) =>
        Process.Start(new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node did not start");

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString(CultureInfo.InvariantCulture);
}
