using System.Security.Cryptography;
using System.Text.Json;
using AgreementTracker.Agreements;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;

namespace AgreementTracker.Verifier.Tests;

/// <summary>
/// The auditor's command, run as its own process on an export of the demo history: it accepts the untouched file with
/// the server's public key, and refuses a stranger's key and a stated state the events do not explain.
/// </summary>
public sealed class VerifierCommandTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agreementtracker-verify-").FullName;

    [Fact]
    public async Task An_untouched_export_of_an_agreement_and_its_organisations_checks_out_with_the_servers_key()
    {
        var export = await ExportDemoAsync();

        var (exitCode, output) = await VerifierProcess.RunAsync([export, "--public-key", PublicKeyPem()]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Valid, signed by the key you trust.", output);
    }

    [Fact]
    public async Task A_stated_state_the_events_do_not_explain_and_a_strangers_key_are_refused()
    {
        var export = await ExportDemoAsync();
        var lines = await File.ReadAllLinesAsync(export);
        var manifest = JsonSerializer.Deserialize<ExportManifest>(lines[0])!;
        var (agreement, stated) = manifest.States!.First(s => s.Value.TryGetProperty("Title", out _));
        var altered = JsonSerializer.SerializeToElement(
            JsonSerializer.Deserialize<AgreementState>(stated.GetRawText())! with { Title = "En anden aftale" });
        lines[0] = JsonSerializer.Serialize(manifest with { States = new Dictionary<Guid, JsonElement>(manifest.States!) { [agreement] = altered } });
        var edited = Path.Combine(_folder, "edited.jsonl");
        await File.WriteAllLinesAsync(edited, lines);
        using var stranger = SigningKey.LoadOrCreate(Path.Combine(_folder, "stranger.pem"));
        var strangerPem = Path.Combine(_folder, "stranger.pub.pem");
        await File.WriteAllTextAsync(strangerPem, PemOf(stranger.PublicKey));

        var (stateExit, stateOutput) = await VerifierProcess.RunAsync([edited, "--public-key", PublicKeyPem()]);
        var (keyExit, keyOutput) = await VerifierProcess.RunAsync([export, "--public-key", strangerPem]);

        Assert.Equal(1, stateExit);
        Assert.Contains($"stream {agreement}: replaying its events does not give the state the export states", stateOutput);
        Assert.Equal(1, keyExit);
        Assert.Contains("the export names a different public key than the one you trust", keyOutput);
    }

    [Fact]
    public async Task Consistency_evidence_between_two_checkpoints_checks_out()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        var clock = TestClock.Start();
        await using var store = DocumentStore.For(o => { o.Connection(dataSource); o.ConfigureAgreements(clock); });
        await store.ApplySchemaAsync(dataSource);
        var demo = DemoDataGenerator.Generate(agreementCount: 2).ToList();
        using var key = SigningKey.LoadOrCreate(KeyPath);
        await File.WriteAllTextAsync(PublicKeyPem(), PemOf(key.PublicKey));
        await DemoHistoryImport.ImportAsync(store, demo.Take(demo.Count - 1));
        await IntegrityLog.ExtendUntilAsync(dataSource, demo.Take(demo.Count - 1).Sum(s => (long)s.Events.Count));
        var earlier = await TransparencyLog.SignCheckpointAsync(dataSource, key, clock);
        await DemoHistoryImport.ImportAsync(store, demo);
        await IntegrityLog.ExtendUntilAsync(dataSource, demo.Sum(s => (long)s.Events.Count));
        var later = await TransparencyLog.SignCheckpointAsync(dataSource, key, clock);
        var evidence = Path.Combine(_folder, "consistency.json");
        await File.WriteAllTextAsync(evidence, JsonSerializer.Serialize(
            ConsistencyEvidence.Of(earlier, later, await TransparencyLog.ReadTreeAsync(dataSource), key.PublicKey)));

        var (exitCode, output) = await VerifierProcess.RunAsync(["consistency", evidence, "--public-key", PublicKeyPem()]);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Valid: the later checkpoint extends the earlier one.", output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string KeyPath => Path.Combine(_folder, "server.pem");

    private string PublicKeyPem() => Path.Combine(_folder, "server.pub.pem");

    /// <summary>The first demo agreement and every organisation, exported with the states the server's read side holds.</summary>
    private async Task<string> ExportDemoAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(await database.CreateDatabaseAsync());
        var clock = TestClock.Start();
        await using var store = DocumentStore.For(o => { o.Connection(dataSource); o.ConfigureAgreements(clock); });
        await store.ApplySchemaAsync(dataSource);
        var demo = DemoDataGenerator.Generate(agreementCount: 1).ToList();
        await DemoHistoryImport.ImportAsync(store, demo);
        await IntegrityLog.ExtendUntilAsync(dataSource, demo.Sum(s => (long)s.Events.Count));
        using var key = SigningKey.LoadOrCreate(KeyPath);
        await File.WriteAllTextAsync(PublicKeyPem(), PemOf(key.PublicKey));
        var checkpoint = await TransparencyLog.SignCheckpointAsync(dataSource, key, clock);

        await using var session = store.QuerySession();
        var states = new Dictionary<Guid, JsonElement>();
        foreach (var stream in demo)
            states[stream.Id] = stream.Kind == StreamKind.Agreement
                ? JsonSerializer.SerializeToElement(await session.LoadAsync<AgreementState>(AgreementId.From(stream.Id)))
                : JsonSerializer.SerializeToElement(await session.LoadAsync<OrganisationState>(OrganisationId.From(stream.Id)));
        var path = Path.Combine(_folder, "export.jsonl");
        await using var file = File.Create(path);
        await HistoryExport.WriteAsync(dataSource, AgreementsModule.Schema, [.. states.Keys], "the first demo agreement and the organisations",
            checkpoint, key.PublicKey, file, states);
        return path;
    }

    private static string PemOf(byte[] publicKey) => PemEncoding.WriteString("PUBLIC KEY", publicKey);
}
