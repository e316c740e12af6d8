using System.Diagnostics;

namespace AgreementTracker.EmbeddedPostgres;

/// <summary>
/// Runs PostgreSQL's programs. initdb and pg_ctl refuse to run as root, so as root they run as the
/// `postgres` system user through runuser, and the folders they write are handed to that user.
/// </summary>
internal sealed class ProcessRunner
{
    private const string ServiceUser = "postgres";

    public bool RunsAsServiceUser { get; } = Environment.UserName == "root";

    public async Task EnsureServiceUserExistsAsync(CancellationToken ct)
    {
        if (!RunsAsServiceUser)
            return;
        var check = await Run("id", ["-u", ServiceUser], asServiceUser: false, ct);
        if (check.ExitCode != 0)
            throw new PostgresStartException(
                "PostgreSQL cannot run as root, and this machine has no 'postgres' user to run it as. " +
                "Create one (`useradd --system --home /var/lib/postgresql postgres`) or start the server as a non-root user.");
    }

    /// <summary>Makes the folder belong to the user PostgreSQL runs as.</summary>
    public async Task HandOverAsync(string folder, CancellationToken ct)
    {
        if (!RunsAsServiceUser)
            return;
        var result = await Run("chown", ["-R", $"{ServiceUser}:", folder], asServiceUser: false, ct);
        result.ThrowIfFailed($"hand {folder} over to the {ServiceUser} user");
    }

    /// <summary>
    /// The service user must be able to pass through every parent of the folder; a private home folder
    /// (mode 700, such as /root) stops it, and initdb's own message does not say which folder is to blame.
    /// </summary>
    public async Task EnsureReachableAsync(string folder, CancellationToken ct)
    {
        if (!RunsAsServiceUser)
            return;
        var blocked = new List<string>();
        for (var dir = new DirectoryInfo(folder).Parent; dir is not null; dir = dir.Parent)
        {
            var check = await Run("test", ["-x", dir.FullName], asServiceUser: true, ct);
            if (check.ExitCode != 0)
                blocked.Add(dir.FullName);
        }
        if (blocked.Count > 0)
            throw new PostgresStartException(
                $"PostgreSQL runs as the '{ServiceUser}' user, which cannot reach {folder} because it may not enter {blocked[^1]}. " +
                $"Choose a data folder it can reach with --data (for example /var/lib/agreementtracker), " +
                $"or let it through with `chmod o+x {string.Join(' ', blocked)}`.");
    }

    public Task<ProcessResult> RunPostgresTool(string program, IReadOnlyList<string> arguments, CancellationToken ct) =>
        Run(program, arguments, RunsAsServiceUser, ct);

    private static async Task<ProcessResult> Run(string program, IReadOnlyList<string> arguments, bool asServiceUser, CancellationToken ct)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServiceUser ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServiceUser)
        {
            foreach (var a in new[] { "-u", ServiceUser, "--", program })
                start.ArgumentList.Add(a);
        }
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        // PostgreSQL's tools print localised text and pick the locale from the environment; keep them predictable.
        start.Environment["LC_ALL"] = "C.UTF-8";

        using var process = Process.Start(start) ?? throw new PostgresStartException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new ProcessResult(program, process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record ProcessResult(string Program, int ExitCode, string Output, string Error)
{
    public void ThrowIfFailed(string purpose)
    {
        if (ExitCode != 0)
            throw new PostgresStartException(
                $"Could not {purpose}: {Path.GetFileName(Program)} exited with code {ExitCode}.\n{Error.Trim()}\n{Output.Trim()}".Trim());
    }
}
