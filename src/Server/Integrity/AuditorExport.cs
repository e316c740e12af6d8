using AgreementTracker.Agreements;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>What an export holds: its streams in the reader's words, its events, and the checkpoint they are proved against.</summary>
public sealed record ExportResult(string Description, long Events, Checkpoint Checkpoint);

/// <summary>
/// An export as the command line and the HTTP endpoint make it: a checkpoint of the whole log (signed for it unless the
/// last one still is), then the chosen streams' states read from the read side, then every event of those streams with
/// its proof against that checkpoint.
/// </summary>
public sealed class AuditorExport(NpgsqlDataSource dataSource, IDocumentStore store, CheckpointSigner signer)
{
    /// <param name="step">Told each step as it starts (for the progress of a long export).</param>
    /// <exception cref="ExportException">The id names nothing of its kind, the log does not yet hold an event to export, or it no longer
    /// holds what it logged.</exception>
    public async Task<ExportResult> WriteAsync(
        ExportScope scope, Stream output, Action<string>? step = null, IProgress<(long Written, long Total)>? progress = null, CancellationToken ct = default)
    {
        step?.Invoke("Signing a checkpoint (or taking the last one, if the log has not grown since)");
        var checkpoint = await signer.CurrentAsync(ct);
        // States read after the checkpoint: every event it holds had committed, so its state includes it; an event
        // committed since is not in the checkpoint, and the export refuses rather than leave it out.
        step?.Invoke("Reading the streams' states");
        var selection = await ExportSelection.ResolveAsync(store, dataSource, scope, ct);
        try
        {
            var events = await HistoryExport.WriteAsync(dataSource, AgreementsModule.Schema, selection.Streams, selection.Description,
                checkpoint, signer.Key, output, selection.States, progress, ct);
            return new ExportResult(selection.Description, events, checkpoint);
        }
        catch (BrokenLogException e)
        {
            throw new ExportException(e.Message);
        }
        catch (InvalidOperationException e)
        {
            throw new ExportException(
                $"{e.Message} A write transaction still running on the database server holds events back from the log; export again in a moment.");
        }
    }
}
