using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The JavaScript verifier (src/VerifierBrowser) under Node: its command-line wrapper, which takes the C# command's
/// arguments and prints its answer as JSON, and the built verifier.html's own script, run with stand-ins for the page.
/// </summary>
internal static class BrowserVerifier
{
    private static readonly string Sources = SourceTree.InRepository("src", "VerifierBrowser");

    /// <summary>The page as the build ships it beside agreementtracker-verify.</summary>
    public static string Page => Path.Combine(AppContext.BaseDirectory, "verifier.html");

    /// <summary>Runs cli.mjs; the answer is { ok, firstFailure, failure, counts, keyTrusted, … }.</summary>
    public static async Task<(int Code, JsonNode Answer)> RunAsync(params string[] arguments)
    {
        var (code, output) = await NodeAsync(Path.Combine(Sources, "cli.mjs"), arguments);
        return (code, JsonNode.Parse(output) ?? throw new InvalidOperationException($"cli.mjs printed no answer (exit {code})"));
    }

    /// <summary>What verifier.html states in its result region once the files are chosen and checked.</summary>
    public static async Task<string> PageVerdictAsync(params string[] files) =>
        (await NodeAsync(Path.Combine(SourceTree.ProjectDirectory, "page-run.mjs"), [Page, .. files])).Output.Trim();

    /// <summary>The verifier's JavaScript unit tests (*.test.mjs beside this file) under Node's test runner.</summary>
    public static Task<(int Code, string Output)> UnitTestsAsync() =>
        NodeAsync("--test", ["--test-reporter=tap", .. Directory.GetFiles(SourceTree.ProjectDirectory, "*.test.mjs")]);

    private static async Task<(int Code, string Output)> NodeAsync(string script, string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("node", [script, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var (output, errors) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        var error = await errors;
        return error.Length == 0 ? (process.ExitCode, await output) : throw new InvalidOperationException($"node {Path.GetFileName(script)}: {error}");
    }
}
