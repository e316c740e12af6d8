using AgreementTracker.Integrity.Export;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The auditor's command, run as its own process on an export of the demo history: it accepts the untouched file with
/// the server's public key, and refuses a stranger's key and a stated state the events do not explain.
/// </summary>
public sealed class VerifierCommandTests(DemoEvidence evidence) : IClassFixture<DemoEvidence>
{
    [Fact]
    public async Task An_untouched_export_of_the_demo_history_checks_out_with_the_servers_key()
    {
        var (exitCode, output) = await VerifierProcess.RunAsync([evidence.ExportFile, "--public-key", evidence.PublicKeyFile]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Valid, signed by the key you trust.", output);
    }

    [Fact]
    public async Task A_stated_state_the_events_do_not_explain_and_a_strangers_key_are_refused()
    {
        var (lines, agreement) = evidence.WithAStateTheEventsDoNotExplain();
        var edited = evidence.Write("edited-state.jsonl", lines);

        var (stateExit, stateOutput) = await VerifierProcess.RunAsync([edited, "--public-key", evidence.PublicKeyFile]);
        var (keyExit, keyOutput) = await VerifierProcess.RunAsync([evidence.ExportFile, "--public-key", evidence.StrangerPublicKeyFile]);

        Assert.Equal(1, stateExit);
        Assert.Contains($"stream {agreement}: replaying its events does not give the state the export states", stateOutput);
        Assert.Equal(1, keyExit);
        Assert.Contains("the export names a different public key than the one you trust", keyOutput);
    }

    [Fact]
    public async Task An_export_checks_out_as_extending_a_checkpoint_kept_from_earlier_which_held_its_earlier_events()
    {
        var kept = evidence.Write("kept-checkpoint.json", System.Text.Encoding.UTF8.GetBytes(PublishedCheckpoint.Of(evidence.Earlier, evidence.Key.PublicKey).ToJson()));
        var inKept = evidence.ExportLines()[1..^1].Count(l => System.Text.Json.JsonSerializer.Deserialize<ExportedEvent>(l)!.LogIndex < evidence.Earlier.Size);

        var (exitCode, output) = await VerifierProcess.RunAsync(
            [evidence.ExportFile, "--public-key", evidence.PublicKeyFile, "--since", kept, "--consistency", evidence.ConsistencyFile]);
        var (withoutEvidence, withoutEvidenceOutput) = await VerifierProcess.RunAsync([evidence.ExportFile, "--public-key", evidence.PublicKeyFile, "--since", kept]);
        var (withoutKey, _) = await VerifierProcess.RunAsync([evidence.ExportFile, "--since", kept, "--consistency", evidence.ConsistencyFile]);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"The checkpoint you kept, of {evidence.Earlier.Size:N0} log entries signed {evidence.Earlier.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, " +
            $"is extended by the log the export is proved against: {inKept:N0} of the export's {evidence.ExportLines().Length - 2:N0} events were in it already.", output);
        Assert.Equal((2, 2), (withoutEvidence, withoutKey));
        Assert.Contains("--since and --consistency go together, and with --public-key", withoutEvidenceOutput);
    }

    [Fact]
    public async Task Consistency_evidence_between_two_checkpoints_checks_out()
    {
        var (exitCode, output) = await VerifierProcess.RunAsync(["consistency", evidence.ConsistencyFile, "--public-key", evidence.PublicKeyFile]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Valid: the later checkpoint extends the earlier one.", output);
    }
}
