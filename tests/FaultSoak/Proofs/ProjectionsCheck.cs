using System.Diagnostics;
using AgreementTracker.TestSupport;

namespace AgreementTracker.FaultSoak.Proofs;

/// <summary>
/// The server's own <c>projections check</c>, run as an operator runs it: every projection rebuilt into scratch from
/// the first event and compared with what is live. Exit code 0 when all are equal, 2 when one differs.
/// </summary>
internal sealed record ProjectionsCheck(int ExitCode, string Output)
{
    public bool Equal => ExitCode == 0;

    public static async Task<ProjectionsCheck> RunAsync(string connectionString)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { ServerProcess.ServerDll, "projections", "check", "--connection", connectionString, "--Logging:LogLevel:Default=Warning" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("projections check did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ProjectionsCheck(process.ExitCode, (await output + await errors).Trim());
    }
}
