using System.Globalization;
using System.Text.Json;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.Server.Hosting;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// <c>consistency --from &lt;checkpoint.json&gt; [--to &lt;export.jsonl&gt;] [--out &lt;file&gt;]</c>: the proof that the log as
/// a later checkpoint signs it extends the log as an earlier one signed it, for an auditor who kept the earlier one. Given
/// an export, the proof ends at the checkpoint the export is proved against, so the auditor's verifier can show that the
/// export's events logged by then were in the checkpoint they kept.
/// </summary>
public static class ConsistencyCommand
{
    public const string Name = "consistency";

    public const string FromOption = "--from";
    public const string ToOption = "--to";
    public const string OutOption = "--out";

    public const string Usage = """
        Usage: AgreementTracker.Server consistency --from <checkpoint.json> [--to <export.jsonl>] [--out <file>] [options]

        Writes consistency evidence (agreementtracker-consistency/1): the proof that the log over all events as a later
        checkpoint signs it extends the log as an earlier checkpoint signed it, so that nothing logged by the earlier
        one was rewritten or removed since. Both checkpoints must be this server's, and the log must still hold what
        they signed.

          --from <file>  The earlier checkpoint, as published: a file from the checkpoint folder, what 'checkpoint'
                         printed, or what the checkpoint URL received. Typically the one an auditor kept.
          --to <file>    An export ('export --help'): the evidence ends at the checkpoint it is proved against.
                         Without it, at a checkpoint of the log as it stands (the last one, if the log has not grown
                         since; else one signed now).
          --out <file>   Where to write (default: consistency-<earlier size>-<later size>.json in the working
                         directory).

        The auditor checks it with the server's public key, and with the export and the checkpoint they kept:
          agreementtracker-verify <export.jsonl> --public-key signing-key.pub.pem --since <checkpoint.json> --consistency <file>
        or, without an export:
          agreementtracker-verify consistency <file> --public-key signing-key.pub.pem

        Options are the server's (--connection, --data, --Section:Key=value); see --help.
        """;

    /// <param name="configure">Adjusts the server's builder, as in <see cref="ServerApp.BuildAsync"/> (tests: the clock).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter errors, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var rest = args.Skip(1).ToList();
        var from = CommandLine.Take(rest, FromOption, Name) is { } f
            ? Path.GetFullPath(f)
            : throw new CommandLineException($"'{Name}' needs {FromOption} <checkpoint.json>, the earlier checkpoint. See '{Name} --help'.");
        var to = CommandLine.Take(rest, ToOption, Name) is { } t ? Path.GetFullPath(t) : null;
        var outputFile = CommandLine.Take(rest, OutOption, Name);
        await using var app = await ServerApp.OpenForCommandAsync(rest, configure, ct);
        var signer = app.Services.GetRequiredService<CheckpointSigner>();
        try
        {
            var earlier = await ReadEarlierAsync(from, signer.Key, ct);
            var later = to is null ? await signer.CurrentAsync(ct) : await ReadExportsCheckpointAsync(to, signer.Key, ct);
            var tree = await TransparencyLog.ReadTreeAsync(app.Services.GetRequiredService<NpgsqlDataSource>(), ct);
            if (Problem(earlier, later, tree) is { } problem)
                throw new EvidenceException(problem);
            var file = Path.GetFullPath(outputFile ?? $"consistency-{earlier.Size}-{later.Size}.json");
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(ConsistencyEvidence.Of(earlier, later, tree, signer.Key.PublicKey)) + "\n", ct);
            var publicKeyFile = ServerSigningKey.PublicKeyFile(signer.Settings.SigningKeyFile);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Consistency evidence written to {file}: the checkpoint of {later.Size:N0} log entries signed at {later.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"extends the one of {earlier.Size:N0} entries signed at {earlier.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC."));
            await output.WriteLineAsync(to is null
                ? $"Check it with: agreementtracker-verify {Name} {file} --public-key {publicKeyFile}"
                : $"Check it with: agreementtracker-verify {to} --public-key {publicKeyFile} --since {from} --consistency {file}");
            return 0;
        }
        catch (Exception e) when (e is EvidenceException or IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"{Name}: {e.Message}");
            return 1;
        }
    }

    private static async Task<Checkpoint> ReadEarlierAsync(string file, SigningKey key, CancellationToken ct)
    {
        var json = await File.ReadAllTextAsync(file, ct);
        return PublishedCheckpoint.Problem(json, key.PublicKey) is { } problem
            ? throw new EvidenceException($"{FromOption}: {file} is not a checkpoint this server signed: {problem}.")
            : JsonSerializer.Deserialize<PublishedCheckpoint>(json)!.Checkpoint.ToCheckpoint();
    }

    /// <summary>The checkpoint in the export's manifest, its first line.</summary>
    private static async Task<Checkpoint> ReadExportsCheckpointAsync(string file, SigningKey key, CancellationToken ct)
    {
        using var reader = File.OpenText(file);
        var checkpoint = CheckpointOf(await reader.ReadLineAsync(ct))
            ?? throw new EvidenceException($"{ToOption}: {file} is not an export: it does not start with a manifest line.");
        return checkpoint.IsSignedBy(key.PublicKey)
            ? checkpoint
            : throw new EvidenceException($"{ToOption}: the checkpoint {file} is proved against is not signed by this server's key.");
    }

    private static Checkpoint? CheckpointOf(string? manifestLine)
    {
        try
        {
            return manifestLine is null ? null : JsonSerializer.Deserialize<ExportManifest>(manifestLine)?.Checkpoint?.ToCheckpoint();
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }

    private static string? Problem(Checkpoint earlier, Checkpoint later, MerkleTree tree)
    {
        if (earlier.Size > later.Size)
            return string.Create(CultureInfo.InvariantCulture,
                $"{FromOption}: its checkpoint of {earlier.Size:N0} log entries is larger than the later one of {later.Size:N0}; give the earlier checkpoint as {FromOption}.");
        if (!tree.Holds(later))
            return string.Create(CultureInfo.InvariantCulture,
                $"the log does not match the checkpoint of {later.Size:N0} entries: it was not signed over this log.");
        return tree.Holds(earlier)
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"the log no longer matches the checkpoint of {earlier.Size:N0} entries signed at {earlier.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: its past was changed since.");
    }

    /// <summary>Evidence that cannot be made from these files over this log, for a reason the operator can act on.</summary>
    private sealed class EvidenceException(string message) : Exception(message);
}
