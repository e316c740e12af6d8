using AgreementTracker.Integrity.Export;
using AgreementTracker.Verifier;

const string Usage = """
    agreementtracker-verify: check an AgreementTracker history export without the server or its database.

    Usage: agreementtracker-verify <export.jsonl> [--public-key <file>]

    Checks the signed checkpoint, every stream's hash chain, every event's inclusion in the signed log, and that
    replaying the events gives the state the export states. Without --public-key the export's own key is used, which
    shows the file is consistent but not who signed it: obtain the server's public key (PEM) another way and give it.

    Exit codes: 0 the export checks out; 1 it does not (the first problem is printed); 2 wrong usage or unreadable files.
    """;

if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}
var (file, keyFile) = args switch
{
    [var f] => (f, null),
    [var f, "--public-key", var k] => (f, k),
    _ => (null, null),
};
if (file is null)
{
    Console.Error.WriteLine("Unknown arguments. Run with --help for the usage.");
    return 2;
}
try
{
    var trustedKey = keyFile is null ? null : PublicKeyFile.Read(keyFile);
    using (var export = File.OpenText(file))
    {
        var report = ExportVerifier.Verify(export, trustedKey);
        if (!report.IsValid)
        {
            Console.WriteLine($"NOT VALID after {report.EventsVerified:N0} events: {report.Problem}");
            return 1;
        }
        Console.WriteLine($"Signature, hash chains and inclusion proofs check out: {report.EventsVerified:N0} events in {report.StreamsVerified:N0} streams.");
    }
    using (var export = File.OpenText(file))
    {
        if (Replay.FirstMismatch(export) is { } mismatch)
        {
            Console.WriteLine($"NOT VALID: {mismatch}");
            return 1;
        }
    }
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
