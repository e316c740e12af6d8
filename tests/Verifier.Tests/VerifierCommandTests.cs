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
    public async Task Consistency_evidence_between_two_checkpoints_checks_out()
    {
        var (exitCode, output) = await VerifierProcess.RunAsync(["consistency", evidence.ConsistencyFile, "--public-key", evidence.PublicKeyFile]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Valid: the later checkpoint extends the earlier one.", output);
    }
}
