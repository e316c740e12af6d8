using System.Globalization;
using System.Text.Json;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Verifier;

/// <summary>
/// That an export's history was already in a checkpoint the auditor kept from earlier (from the server's checkpoint
/// folder or URL, say a year ago): the kept checkpoint signed by the trusted key, consistency evidence from exactly it
/// to exactly the checkpoint the export is proved against, and how many of the export's events the kept log held. An
/// event in the later log below the kept size is, by the consistency proof, the same entry of the kept log.
/// </summary>
internal sealed class KeptCheckpoint : IVerifiedEvents
{
    private readonly Checkpoint _kept;
    private readonly Checkpoint _evidenceLater;
    private Checkpoint? _provedAgainst;
    private long _events, _inKept;

    private KeptCheckpoint(Checkpoint kept, Checkpoint evidenceLater) => (_kept, _evidenceLater) = (kept, evidenceLater);

    /// <summary>The kept checkpoint and the evidence from it, or the first thing wrong with them.</summary>
    public static (KeptCheckpoint? Kept, string? Problem) Read(string keptJson, string evidenceJson, byte[] trustedKey)
    {
        if (PublishedCheckpoint.Problem(keptJson, trustedKey) is { } keptProblem)
            return (null, $"the checkpoint you kept: {keptProblem}");
        if (ConsistencyEvidence.Problem(evidenceJson, trustedKey) is { } evidenceProblem)
            return (null, $"the consistency evidence: {evidenceProblem}");
        var kept = JsonSerializer.Deserialize<PublishedCheckpoint>(keptJson)!.Checkpoint.ToCheckpoint();
        var evidence = JsonSerializer.Deserialize<ConsistencyEvidence>(evidenceJson)!;
        return SameHead(evidence.Earlier.ToCheckpoint(), kept)
            ? (new KeptCheckpoint(kept, evidence.Later.ToCheckpoint()), null)
            : (null, "the consistency evidence does not start at the checkpoint you kept");
    }

    public void Manifest(ExportManifest manifest) => _provedAgainst = manifest.Checkpoint.ToCheckpoint();

    public void Event(ExportedEvent e)
    {
        _events++;
        if (e.LogIndex < _kept.Size)
            _inKept++;
    }

    /// <summary>Once the export has verified: null when the evidence ends at the checkpoint the export is proved against.</summary>
    public string? Problem() =>
        _provedAgainst is { } provedAgainst && SameHead(_evidenceLater, provedAgainst)
            ? null
            : "the consistency evidence does not end at the checkpoint the export is proved against";

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"The checkpoint you kept, of {_kept.Size:N0} log entries signed {_kept.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, is extended by the log the export is proved against: {_inKept:N0} of the export's {_events:N0} events were in it already.");

    /// <summary>The same signed statement (size, root, time, key); two signatures of it differ, as ECDSA's do.</summary>
    private static bool SameHead(Checkpoint a, Checkpoint b) =>
        a.Size == b.Size && a.Root.AsSpan().SequenceEqual(b.Root) && a.SignedAt == b.SignedAt && a.KeyId == b.KeyId;
}
