using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AgreementTracker.Api.Tests.Scenarios;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Api.Tests.Queries;

/// <summary>
/// <c>agreementExport</c> and <c>organisationExport</c> on the real server: the path the download is at, and the newest
/// checkpoint the server has signed, exactly as it signed it, which is the one that download is then proved against.
/// </summary>
public sealed class HistoryExportQueryTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private const string Exports = """
        query($agreement: ID!, $organisation: ID!) {
          agreementExport(id: $agreement) { downloadPath checkpoint { size root signedAt keyId } }
          organisationExport(id: $organisation) { downloadPath checkpoint { size root signedAt keyId } }
        }
        """;

    private readonly string _keyFolder = Directory.CreateTempSubdirectory("agreementtracker-export-query-").FullName;

    private string KeyFile => Path.Combine(_keyFolder, "signing-key.pem");

    [Fact]
    public async Task Both_give_the_download_path_and_the_newest_signed_checkpoint_which_the_download_is_proved_against()
    {
        // Signing on the schedule is a month away: every checkpoint here is one the test signs.
        await using var host = await ServerHost.StartAsync(database, "--Projections:RunDaemon=false", "--Integrity:SignEvery=30.00:00:00", $"--Integrity:SigningKeyFile={KeyFile}");
        var staff = StaffActions.ForNextStory(host);
        var municipality = await staff.RegisterAsync("Aalborg Kommune", "MUNICIPALITY");
        var cluster = await staff.RegisterAsync("Energy Cluster Denmark", "NATIONAL_CLUSTER");
        var agreement = await staff.DraftAsync("Grøn omstilling i Aalborg", municipality, cluster);
        var variables = new { agreement, organisation = municipality };
        await using var dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        var signer = host.Services.GetRequiredService<CheckpointSigner>();

        var unsigned = (await host.GraphQLAsync(Exports, variables)).ShouldSucceed();
        await LogEverythingAsync(dataSource);
        var first = (await signer.SignAsync(CancellationToken.None)).Checkpoint;
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        (await host.GraphQLAsync("""
            mutation($agreement: ID!) { setGoal(input: { agreementId: $agreement, description: "Flere grønne virksomheder", kind: HARD, horizon: SHORT_TERM }) { __typename } }
            """, new { agreement })).ShouldSucceed();
        await LogEverythingAsync(dataSource);
        var newest = (await signer.SignAsync(CancellationToken.None)).Checkpoint;
        var signed = (await host.GraphQLAsync(Exports, variables)).ShouldSucceed();
        var download = await DownloadAsync(host, signed.String("agreementExport.downloadPath")!);

        Assert.Equal($"/export/agreements/{agreement}", unsigned.String("agreementExport.downloadPath"));
        Assert.Equal($"/export/organisations/{municipality}", unsigned.String("organisationExport.downloadPath"));
        Assert.Equal(JsonValueKind.Null, unsigned.At("agreementExport.checkpoint").ValueKind);
        Assert.Equal(JsonValueKind.Null, unsigned.At("organisationExport.checkpoint").ValueKind);
        Assert.Equal($"/export/agreements/{agreement}", signed.String("agreementExport.downloadPath"));
        Assert.Equal($"/export/organisations/{municipality}", signed.String("organisationExport.downloadPath"));
        Assert.True(newest.Size > first.Size && newest.SignedAt > first.SignedAt);
        var publicKey = PublicKey();
        foreach (var field in new[] { "agreementExport", "organisationExport" })
        {
            var shown = signed.At($"{field}.checkpoint");
            Assert.Equal(newest.Size, shown.GetProperty("size").GetInt64());
            Assert.Equal(Convert.ToBase64String(newest.Root), shown.GetProperty("root").GetString());
            Assert.Equal(newest.SignedAt, DateTimeOffset.Parse(shown.GetProperty("signedAt").GetString()!, CultureInfo.InvariantCulture));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(publicKey)), shown.GetProperty("keyId").GetString());
            // What the query shows, with the signature the server made, verifies with the key the server publishes.
            var rebuilt = new Checkpoint(shown.GetProperty("size").GetInt64(), Convert.FromBase64String(shown.GetProperty("root").GetString()!),
                DateTimeOffset.Parse(shown.GetProperty("signedAt").GetString()!, CultureInfo.InvariantCulture), shown.GetProperty("keyId").GetString()!, newest.Signature);
            Assert.True(rebuilt.IsSignedBy(publicKey), $"{field}'s checkpoint is not the one the server signed");
        }
        Assert.Equal(200, download.Context.Response.StatusCode);
        var file = await download.ReadAsTextAsync();
        Assert.Equal(ExportedCheckpoint.Of(newest), JsonSerializer.Deserialize<ExportManifest>(file[..file.IndexOf('\n')])!.Checkpoint);
        var report = ExportVerifier.Verify(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file)), publicKey);
        Assert.True(report.IsValid, report.Problem);
    }

    public void Dispose() => Directory.Delete(_keyFolder, recursive: true);

    /// <summary>The public key as the server publishes it: the PEM file beside its key.</summary>
    private byte[] PublicKey()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(ServerSigningKey.PublicKeyFile(KeyFile)));
        return key.ExportSubjectPublicKeyInfo();
    }

    /// <summary>Extends the log over every event appended so far, so a checkpoint signed next covers them all.</summary>
    private static async Task LogEverythingAsync(NpgsqlDataSource dataSource)
    {
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM integrity.event_hashes");
        await IntegrityLog.ExtendUntilAsync(dataSource, (long)(await count.ExecuteScalarAsync())!);
    }

    private static async Task<IScenarioResult> DownloadAsync(ServerHost host, string path)
    {
        var token = await host.TokenAsync();
        return await host.Alba.Scenario(s =>
        {
            s.Get.Url(path);
            s.WithBearerToken(token);
            s.IgnoreStatusCode();
        });
    }
}
