using System.Globalization;
using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// <c>checkpoint</c>: signs the log's head now, from beside the running servers, and prints the checkpoint: for an
/// auditor's visit, or before an export.
/// </summary>
public static class CheckpointCommand
{
    public const string Name = "checkpoint";

    public const string Usage = """
        Usage: AgreementTracker.Server checkpoint [options]

        Extends the log over all events with every event whose transaction has committed and can no longer be
        overtaken, signs the log's head (size, root hash, time) now with the server's key, and keeps the checkpoint in
        the database, whether or not the log grew since the last one. Prints the checkpoint as a JSON document that
        stands on its own (it names the public key it verifies with): keep it, and a later consistency proof shows
        that the log still extends it ('consistency --help').

        The running servers also sign on their own, every Integrity:SignEvery (default an hour) when the log grew.

        Options are the server's (--connection, --data, --Section:Key=value); these matter here:
          --Integrity:SigningKeyFile=<file>      The private key (PEM, created at first use, readable by its owner
                                                 only). Default: signing-key.pem beside the data folder
                                                 (.data/signing-key.pem). The public half is written beside it
                                                 (signing-key.pub.pem): that is the file to give an auditor.
          --Integrity:CheckpointFolder=<folder>  Also write the checkpoint there as its own file.
        """;

    /// <param name="configure">Adjusts the server's builder, as in <see cref="ServerApp.BuildAsync"/> (tests: the clock).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        await using var app = await ServerApp.OpenForCommandAsync(args.Skip(1), configure, ct);
        var signer = app.Services.GetRequiredService<CheckpointSigner>();
        var signed = await signer.SignAsync(ct);
        var c = signed.Checkpoint;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Checkpoint signed: log of {c.Size:N0} events, root {Convert.ToBase64String(c.Root)}, at {c.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, key {c.KeyId}"));
        await output.WriteLineAsync($"Public key (give it to the auditor): {ServerSigningKey.PublicKeyFile(signer.Settings.SigningKeyFile)}");
        if (signed.File is { } file)
            await output.WriteLineAsync($"Written to {file}");
        await output.WriteLineAsync(signed.Published.ToJson());
        return 0;
    }
}
