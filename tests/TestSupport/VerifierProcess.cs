using System.Diagnostics;

namespace AgreementTracker.TestSupport;

/// <summary>The auditor's verifier as the auditor runs it: its own process, nothing but the files (a test project referencing src/Verifier has it beside its own assembly).</summary>
public static class VerifierProcess
{
    public static async Task<(int Code, string Output)> RunAsync(params string[] arguments)
    {
        var verifier = Path.Combine(AppContext.BaseDirectory, "agreementtracker-verify.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [verifier, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
