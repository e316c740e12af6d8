using System.Security.Cryptography;
using System.Text;
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
/// The evidence an auditor is given, made once for a test class from the demo history on a real PostgreSQL: two
/// agreements and their organisations, a checkpoint signed before the second agreement was imported and one after,
/// the history exported against the later one with the states the read side holds, once as its streams and once as
/// an export of everything (which says it holds the whole log), the consistency evidence between the two checkpoints,
/// and the server's public key file. Tests write their edited copies to <see cref="Folder"/>.
/// </summary>
public sealed class DemoEvidence : IAsyncLifetime
{
    private string? _connection;

    public string Folder { get; } = Directory.CreateTempSubdirectory("agreementtracker-evidence-").FullName;

    public string ExportFile => Path.Combine(Folder, "export.jsonl");

    /// <summary>The same history exported as everything: the same events, and a manifest that says it holds the whole log.</summary>
    public string WholeLogFile => Path.Combine(Folder, "whole-log.jsonl");

    public string ConsistencyFile => Path.Combine(Folder, "consistency.json");

    public string PublicKeyFile => Path.Combine(Folder, "server.pub.pem");

    public SigningKey Key { get; private set; } = null!;

    /// <summary>Someone else's key, and its public key file.</summary>
    public SigningKey StrangerKey { get; private set; } = null!;

    public string StrangerPublicKeyFile => Path.Combine(Folder, "stranger.pub.pem");

    public Checkpoint Earlier { get; private set; } = null!;

    public Checkpoint Later { get; private set; } = null!;

    /// <summary>The whole log, of <see cref="Later"/>'s size.</summary>
    public MerkleTree Tree { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _connection = await PostgresTestCluster.CreateDatabaseAsync();
        await using var dataSource = NpgsqlDataSource.Create(_connection);
        var clock = TestClock.Start();
        await using var store = DocumentStore.For(o => { o.Connection(dataSource); o.ConfigureAgreements(clock); });
        await store.ApplySchemaAsync(dataSource);
        var demo = DemoDataGenerator.Generate(agreementCount: 2).ToList();
        Key = SigningKey.LoadOrCreate(Path.Combine(Folder, "server.pem"));
        await File.WriteAllTextAsync(PublicKeyFile, PemOf(Key.PublicKey));
        StrangerKey = SigningKey.LoadOrCreate(Path.Combine(Folder, "stranger.pem"));
        await File.WriteAllTextAsync(StrangerPublicKeyFile, PemOf(StrangerKey.PublicKey));

        var firstPart = demo.Take(demo.Count - 1).ToList();
        await DemoHistoryImport.ImportAsync(store, firstPart);
        await IntegrityLog.ExtendUntilAsync(dataSource, firstPart.Sum(s => (long)s.Events.Count));
        Earlier = await TransparencyLog.SignCheckpointAsync(dataSource, Key, clock);
        await DemoHistoryImport.ImportAsync(store, demo);
        await IntegrityLog.ExtendUntilAsync(dataSource, demo.Sum(s => (long)s.Events.Count));
        Later = await TransparencyLog.SignCheckpointAsync(dataSource, Key, clock);
        Tree = await TransparencyLog.ReadTreeAsync(dataSource);

        await using var session = store.QuerySession();
        var states = new Dictionary<Guid, JsonElement>();
        foreach (var stream in demo)
            states[stream.Id] = stream.Kind == StreamKind.Agreement
                ? JsonSerializer.SerializeToElement(await session.LoadAsync<AgreementState>(AgreementId.From(stream.Id)))
                : JsonSerializer.SerializeToElement(await session.LoadAsync<OrganisationState>(OrganisationId.From(stream.Id)));
        await using (var file = File.Create(ExportFile))
            await HistoryExport.WriteAsync(dataSource, AgreementsModule.Schema, [.. states.Keys], "the demo history", Later, Key, file, states);
        await using (var file = File.Create(WholeLogFile))
            await HistoryExport.WriteAsync(dataSource, AgreementsModule.Schema, null, "the whole history", Later, Key, file, states);
        await File.WriteAllTextAsync(ConsistencyFile, JsonSerializer.Serialize(ConsistencyEvidence.Of(Earlier, Later, Tree, Key.PublicKey)));
    }

    public async Task DisposeAsync()
    {
        Key?.Dispose();
        StrangerKey?.Dispose();
        if (_connection is not null)
            await PostgresTestCluster.DropDatabaseAsync(_connection);
        Directory.Delete(Folder, recursive: true);
    }

    public string[] ExportLines() => File.ReadAllLines(ExportFile);

    public string[] WholeLogLines() => File.ReadAllLines(WholeLogFile);

    /// <summary>Lines as the export writes them: UTF-8 without a byte order mark, each ended by a line feed.</summary>
    public static byte[] AsFile(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));

    public string Write(string name, IEnumerable<string> lines) => Write(name, AsFile(lines));

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>
    /// The export with one agreement's stated state retitled and sealed again with the server's key: intact, signed
    /// evidence whose stated state the events do not explain, as a read side that disagrees with its history would give.
    /// </summary>
    public (string[] Lines, Guid Agreement) WithAStateTheEventsDoNotExplain()
    {
        var lines = ExportLines();
        var manifest = JsonSerializer.Deserialize<ExportManifest>(lines[0])!;
        var (agreement, stated) = manifest.States!.First(s => s.Value.TryGetProperty("Title", out _));
        var altered = JsonSerializer.SerializeToElement(
            JsonSerializer.Deserialize<AgreementState>(stated.GetRawText())! with { Title = "En anden aftale" });
        lines[0] = JsonSerializer.Serialize(manifest with { States = new Dictionary<Guid, JsonElement>(manifest.States!) { [agreement] = altered } });
        return (TestSupport.ExportLines.Sealed(lines[..^1], Key), agreement);
    }

    private static string PemOf(byte[] publicKey) => PemEncoding.WriteString("PUBLIC KEY", publicKey);
}
