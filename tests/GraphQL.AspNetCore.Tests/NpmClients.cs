using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>
/// Runs the scripts in npm-clients/ (real npm GraphQL clients; `npm ci` there first) and reads the
/// JSON lines they print.
/// </summary>
internal static class NpmClients
{
    private static readonly string Directory = Path.Combine(
        typeof(NpmClients).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == "ProjectDirectory").Value!,
        "npm-clients");

    public static async Task<List<JsonObject>> RunAsync(string script, params string[] arguments)
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql-ws")))
        {
            Assert.Fail($"The npm GraphQL clients are not installed: run `npm ci` in {Directory}.");
        }
        var start = new ProcessStartInfo("node", [script, .. arguments])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var node = Process.Start(start)!;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = node.StandardOutput.ReadToEndAsync(patience.Token);
        var errors = node.StandardError.ReadToEndAsync(patience.Token);
        await node.WaitForExitAsync(patience.Token);
        Assert.True(node.ExitCode == 0, $"node {script} exited with {node.ExitCode}: {await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
    }
}
