using System.Globalization;
using AgreementTracker.Agreements;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Server.Hosting;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// <c>export --agreement &lt;id&gt; | --organisation &lt;id&gt; | --all [--out &lt;file&gt;]</c>: the history an auditor takes
/// away, against a checkpoint signed for it, checkable with <c>agreementtracker-verify</c> and nothing of ours.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";

    public const string Usage = """
        Usage: AgreementTracker.Server export --agreement <id> | --organisation <id> | --all [--out <file>] [options]

        Writes history as one self-contained file (JSON Lines: a manifest, then one event a line) that an auditor checks
        on their own machine with agreementtracker-verify, without our server or database. The log over all events is
        extended and a checkpoint signed for the export first; the file holds every event of the chosen streams, whole,
        with all its metadata, its hash chain link and its inclusion proof against that checkpoint, the checkpoint and
        the public key, and each stream's state as the server holds it, which the verifier replays the events against.

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
        try
        {
            var request = ExportRequest.Parse(args);
            // Built, never started: this process serves nothing and runs no schedule of its own.
            await using var app = await ServerApp.BuildAsync([$"--{EventStoreServices.RunDaemonKey}=false", .. request.ServerArgs], configure, ct);
            await app.Services.InitializeEventStoreAsync(ct);
            var dataSource = app.Services.GetRequiredService<NpgsqlDataSource>();
            var progress = request.Scope.Of == ExportScope.Kind.All ? new Progress(errors) : null;
            progress?.Say("Signing a checkpoint");
            var signer = app.Services.GetRequiredService<CheckpointSigner>();
            var signed = await signer.SignAsync(ct);
            // States read after signing: every event the checkpoint holds had committed, so its state includes it; an
            // event committed since is not in the checkpoint, and the export refuses rather than leave it out.
            progress?.Say("Reading the streams' states");
            var selection = await ExportSelection.ResolveAsync(app.Services.GetRequiredService<IDocumentStore>(), dataSource, request.Scope, ct);
            var events = await WriteAsync(dataSource, request.OutputFile, selection, signed, signer, progress, ct);
            var c = signed.Checkpoint;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Exported {events:N0} events of {selection.Description} to {request.OutputFile}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"against the checkpoint of {c.Size:N0} log entries signed at {c.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by key {c.KeyId}."));
            await output.WriteLineAsync(
                $"Check it with: agreementtracker-verify {request.OutputFile} --public-key {ServerSigningKey.PublicKeyFile(signer.Settings.SigningKeyFile)}");
            return 0;
        }
        catch (ExportException e)
        {
            await errors.WriteLineAsync($"export: {e.Message}");
            return 1;
        }
    }

    /// <summary>Writes beside the file and moves it into place, so a failed export leaves no half file under its name.</summary>
    private static async Task<long> WriteAsync(
        NpgsqlDataSource dataSource, string path, ExportSelection selection, SignedCheckpoint signed, CheckpointSigner signer, Progress? progress,
        CancellationToken ct)
    {
        var partial = path + ".partial";
        try
        {
            long events;
            await using (var file = File.Create(partial))
            {
                events = await HistoryExport.WriteAsync(dataSource, AgreementsModule.Schema, selection.Streams, selection.Description,
                    signed.Checkpoint, signer.Key.PublicKey, file, selection.States, progress, ct);
            }
            File.Move(partial, path, overwrite: true);
            return events;
        }
        catch (InvalidOperationException e)
        {
            File.Delete(partial);
            throw new ExportException(
                $"{e.Message} A write transaction still running on the database server holds events back from the log; export again in a moment.");
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
