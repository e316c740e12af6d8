using System.Globalization;
using AgreementTracker.Integrity.Export;
using AgreementTracker.TestSupport;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The specification's worked example, saved as a file with its public key, is accepted by each verifier as the
/// specification says ("Both verifiers accept it with the key above (3 events, 2 streams)"): the C# library, which
/// also tells the checkpoint and streams it verified, the command an auditor runs, and the JavaScript verifier.
/// </summary>
public sealed class SpecificationExampleVerifierTests(SpecificationExample example) : IClassFixture<SpecificationExample>
{
    private long StatedEvents => Stated(1);

    private long StatedStreams => Stated(2);

    [Fact]
    public void The_library_accepts_it_with_its_key_and_tells_the_stated_checkpoint_streams_and_counts()
    {
        var told = new Told();
        using var file = File.OpenRead(example.ExportFile);

        var report = ExportVerifier.Verify(file, example.PublicKey, told);

        Assert.True(report.IsValid, report.Problem);
        Assert.Equal((StatedEvents, StatedStreams), (report.EventsVerified, report.StreamsVerified));
        var checkpoint = told.Manifest!.Checkpoint;
        Assert.Equal(example.StatedCheckpoint, (checkpoint.Size, checkpoint.SignedAt));
        Assert.Equal((example.StatedRoot, example.StatedKeyId), (checkpoint.Root, checkpoint.KeyId));
        Assert.Equal([example.Stream("A"), example.Stream("B")], told.Events.Select(e => e.StreamId).Distinct());
    }

    [Fact]
    public async Task The_command_accepts_it_with_its_key_file_and_counts_the_stated_events_and_streams()
    {
        var (code, output) = await VerifierProcess.RunAsync(example.ExportFile, "--public-key", example.PublicKeyFile);

        Assert.True(code == 0, output);
        Assert.Contains($"check out: {StatedEvents} events in {StatedStreams} streams.", output);
        Assert.Contains("Valid, signed by the key you trust.", output);
    }

    [Fact]
    public async Task The_JavaScript_verifier_accepts_it_with_its_key_file_and_counts_the_stated_events_and_streams()
    {
        var (code, answer) = await BrowserVerifier.RunAsync(example.ExportFile, "--public-key", example.PublicKeyFile);

        Assert.True(code == 0, answer.ToJsonString());
        Assert.True(answer["ok"]!.GetValue<bool>());
        Assert.Equal(StatedEvents, answer["counts"]!["events"]!.GetValue<long>());
        Assert.Equal(StatedStreams, answer["counts"]!["streams"]!.GetValue<long>());
        Assert.True(answer["keyTrusted"]!.GetValue<bool>());
    }

    private long Stated(int group) => long.Parse(
        example.Stated(@"Both verifiers accept it with the key above \((\d+) events, (\d+) streams\)").Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>What the library tells as it verifies.</summary>
    private sealed class Told : IVerifiedEvents
    {
        public ExportManifest? Manifest { get; private set; }

        public List<ExportedEvent> Events { get; } = [];

        void IVerifiedEvents.Manifest(ExportManifest manifest) => Manifest = manifest;

        void IVerifiedEvents.Event(ExportedEvent e) => Events.Add(e);
    }
}
