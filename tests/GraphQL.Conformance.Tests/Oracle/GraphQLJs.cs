using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AgreementTracker.GraphQL.Conformance.Tests.Oracle;

/// <summary>
/// One long-lived Node process running oracle/oracle.mjs: graphql-js, the reference implementation.
/// Requests and answers are single JSON lines; calls are serialised because the process answers in order.
/// </summary>
public sealed class GraphQLJs : IDisposable
{
    private readonly Process _node;
    private readonly SemaphoreSlim _turn = new(1, 1);

    private GraphQLJs(Process node) => _node = node;

    /// <summary>Starts the oracle, or explains exactly what is missing on this machine.</summary>
    public static GraphQLJs Start()
    {
        var directory = ProjectPaths.Oracle;
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                $"graphql-js is not installed for the conformance suite: run `npm ci` in {directory}.");
        }

        var startInfo = new ProcessStartInfo("node", ["oracle.mjs"])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            var node = Process.Start(startInfo)
                ?? throw new InvalidOperationException("Node did not start for the graphql-js oracle.");
            node.ErrorDataReceived += (_, _) => { };
            node.BeginErrorReadLine();
            return new GraphQLJs(node);
        }
        catch (Win32Exception notFound)
        {
            throw new InvalidOperationException(
                $"The conformance suite needs Node.js (`node` on PATH) to run graphql-js, then `npm ci` in {directory}.",
                notFound);
        }
    }

    public async Task<JsonObject> AskAsync(JsonObject request)
    {
        await _turn.WaitAsync();
        try
        {
            await _node.StandardInput.WriteLineAsync(request.ToJsonString());
            await _node.StandardInput.FlushAsync();
            var line = await _node.StandardOutput.ReadLineAsync()
                ?? throw new InvalidOperationException($"The graphql-js oracle exited (code {ExitCodeOrRunning()}).");
            var answer = JsonNode.Parse(line)!.AsObject();
            if (answer["oracleError"] is { } failure)
            {
                throw new InvalidOperationException($"The graphql-js oracle failed: {failure}");
            }
            return answer;
        }
        finally
        {
            _turn.Release();
        }
    }

    private string ExitCodeOrRunning() => _node.HasExited ? _node.ExitCode.ToString() : "still running";

    public void Dispose()
    {
        _node.StandardInput.Close();
        if (!_node.WaitForExit(5000)) _node.Kill();
        _node.Dispose();
        _turn.Dispose();
    }
}
