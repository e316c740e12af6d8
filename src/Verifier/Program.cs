using AgreementTracker.Integrity.Export;
using AgreementTracker.Verifier;

const string Usage = """
    agreementtracker-verify: check AgreementTracker's evidence without the server or its database.

    Usage: agreementtracker-verify <export.jsonl> [--public-key <file>] [--since <checkpoint.json> --consistency <evidence.json>]
           agreementtracker-verify consistency <evidence.json> [--public-key <file>]
           agreementtracker-verify checkpoint <checkpoint.json> [--public-key <file>]

    An export: checks the signed checkpoint, every stream's hash chain from its first event to the head the manifest
    lists, every event's inclusion in the signed log, the seal's signature over the whole file, and that replaying the
    events gives the state the export states.
    With --since and --consistency, also that its history was already in a checkpoint you kept from earlier (from the
    server's checkpoint folder, say a year ago): the kept checkpoint's signature, the consistency evidence (from the
    server's 'consistency --from <checkpoint.json> --to <export.jsonl>') from exactly that checkpoint to exactly the one
    the export is proved against, and how many of the export's events the kept log held. Needs --public-key.
    Consistency evidence: checks that the later of two signed checkpoints extends the earlier one, so nothing logged
    before the earlier one was rewritten or removed since.
    A checkpoint (as the server prints it or writes it to its checkpoint folder): checks its signature, so it can be
    kept as the earlier half of later consistency evidence.

    Without --public-key the file's own key is used, which shows the file is consistent but not who signed it: obtain
    the server's public key (PEM) another way and give it.

    Exit codes: 0 the evidence checks out; 1 it does not (the first problem is printed); 2 wrong usage or unreadable files.
    """;

if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}
var (document, rest) = args is [("consistency" or "checkpoint") and var d, .. var r] ? (d, r) : (null, args);
var options = new Dictionary<string, string>();
var understood = rest.Length % 2 == 1;
for (var i = 1; understood && i < rest.Length; i += 2)
    understood = (rest[i] == "--public-key" || (document is null && rest[i] is "--since" or "--consistency")) && options.TryAdd(rest[i], rest[i + 1]);
if (!understood)
{
    Console.Error.WriteLine("Unknown arguments. Run with --help for the usage.");
    return 2;
}
var file = rest[0];
var keyFile = options.GetValueOrDefault("--public-key");
var (sinceFile, consistencyFile) = (options.GetValueOrDefault("--since"), options.GetValueOrDefault("--consistency"));
if ((sinceFile is null) != (consistencyFile is null) || (sinceFile is not null && keyFile is null))
{
    Console.Error.WriteLine("--since and --consistency go together, and with --public-key: a checkpoint kept from earlier means something only with the key that signed it.");
    return 2;
}
try
{
    var trustedKey = keyFile is null ? null : PublicKeyFile.Read(keyFile);
    if (document == "consistency")
    {
        var problem = ConsistencyEvidence.Problem(File.ReadAllText(file), trustedKey);
        Console.WriteLine(problem is null ? "Valid: the later checkpoint extends the earlier one." : $"NOT VALID: {problem}");
        return problem is null ? 0 : 1;
    }
    if (document == "checkpoint")
    {
        var problem = PublishedCheckpoint.Problem(File.ReadAllText(file), trustedKey);
        Console.WriteLine(problem is not null ? $"NOT VALID: {problem}"
            : keyFile is null ? "Valid. Signed by the key inside the checkpoint: check it is the server's before relying on this."
            : "Valid, signed by the key you trust.");
        return problem is null ? 0 : 1;
    }
    KeptCheckpoint? kept = null;
    if (sinceFile is not null)
    {
        (kept, var problem) = KeptCheckpoint.Read(File.ReadAllText(sinceFile), File.ReadAllText(consistencyFile!), trustedKey!);
        if (problem is not null)
        {
            Console.WriteLine($"NOT VALID: {problem}");
            return 1;
        }
    }
    var replay = new Replay();
    using (var export = File.OpenRead(file))
    {
        var report = ExportVerifier.Verify(export, trustedKey, kept is null ? replay : new EachOf(replay, kept));
        if (!report.IsValid)
        {
            Console.WriteLine($"NOT VALID after {report.EventsVerified:N0} events: {report.Problem}");
            return 1;
        }
        Console.WriteLine($"Signatures, hash chains, stream heads and inclusion proofs check out: {report.EventsVerified:N0} events in {report.StreamsVerified:N0} streams.");
    }
    if ((replay.FirstMismatch() ?? kept?.Problem()) is { } mismatch)
    {
        Console.WriteLine($"NOT VALID: {mismatch}");
        return 1;
    }
    if (kept is not null)
        Console.WriteLine(kept.Summary);
    Console.WriteLine(keyFile is null
        ? "Valid. Signed by the key inside the export: check it is the server's before relying on this."
        : "Valid, signed by the key you trust.");
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
{
    Console.Error.WriteLine($"Cannot read the files: {e.Message}");
    return 2;
}
