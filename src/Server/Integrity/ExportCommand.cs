using System.Globalization;
using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// <c>export --agreement &lt;id&gt; | --organisation &lt;id&gt; | --all [--out &lt;file&gt;]</c>: the history an auditor takes
/// away, against a checkpoint of the whole log, checkable with <c>agreementtracker-verify</c> and nothing of ours.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";

    public const string Usage = """
        Usage: AgreementTracker.Server export --agreement <id> | --organisation <id> | --all [--out <file>] [options]

        Writes history as one self-contained file (JSON Lines: a manifest, then one event a line) that an auditor checks
        on their own machine with agreementtracker-verify, without our server or database. The log over all events is
        extended first and a checkpoint of it signed (the last one is taken if the log has not grown since); the file
        holds every event of the chosen streams, whole, with all its metadata, its hash chain link and its inclusion
        proof against that checkpoint, the checkpoint and the public key, and each stream's state as the server holds
        it, which the verifier replays the events against.

          --agreement <id>     An agreement, with the organisations that are its parties.
          --organisation <id>  An organisation, with every agreement it is party to.
          --all                Every stream (progress on stderr).
          --out <file>         Where to write (default: agreement-<id>.jsonl, organisation-<id>.jsonl or
                               history.jsonl in the working directory).

        The auditor checks it with the server's public key (signing-key.pub.pem beside the key file, see
        'checkpoint --help'), obtained some other way than with the export:
          agreementtracker-verify agreement-<id>.jsonl --public-key signing-key.pub.pem

        Options are the server's (--connection, --data, --Section:Key=value); see --help.
        """;

    /// <param name="configure">Adjusts the server's builder, as in <see cref="ServerApp.BuildAsync"/> (tests: the clock).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter errors, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        ExportRequest? request = null;
        try
        {
            request = ExportRequest.Parse(args);
            await using var app = await ServerApp.OpenForCommandAsync(request.ServerArgs, configure, ct);
            var progress = request.Scope.Of == ExportScope.Kind.All ? new Progress(errors) : null;
            var result = await WriteAsync(app.Services.GetRequiredService<AuditorExport>(), request, progress, ct);
            var signer = app.Services.GetRequiredService<CheckpointSigner>();
            var c = result.Checkpoint;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Exported {result.Events:N0} events of {result.Description} to {request.OutputFile}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"against the checkpoint of {c.Size:N0} log entries signed at {c.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by key {c.KeyId}."));
            await output.WriteLineAsync(
                $"Check it with: agreementtracker-verify {request.OutputFile} --public-key {ServerSigningKey.PublicKeyFile(signer.Settings.SigningKeyFile)}");
            return 0;
        }
        catch (UnknownExportIdException e)
        {
            await errors.WriteLineAsync($"export: {ExportRequest.OptionOf(request!.Scope)}: {e.Message}");
            return 1;
        }
        catch (ExportException e)
        {
            await errors.WriteLineAsync($"export: {e.Message}");
            return 1;
        }
    }

    /// <summary>Writes beside the file and moves it into place, so a failed export leaves no half file under its name.</summary>
    private static async Task<ExportResult> WriteAsync(AuditorExport export, ExportRequest request, Progress? progress, CancellationToken ct)
    {
        var partial = request.OutputFile + ".partial";
        try
        {
            ExportResult result;
            await using (var file = File.Create(partial))
                result = await export.WriteAsync(request.Scope, file, progress is null ? null : progress.Say, progress, ct);
            File.Move(partial, request.OutputFile, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>Progress of an export of everything, on stderr so the summary on stdout stays clean.</summary>
    private sealed class Progress(TextWriter errors) : IProgress<(long Written, long Total)>
    {
        public void Say(string step) => errors.WriteLine($"{step} …");

        public void Report((long Written, long Total) value) =>
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  written {value.Written:N0} of {value.Total:N0} events ({(value.Total == 0 ? 100 : 100 * value.Written / value.Total)} %)"));
    }
}
