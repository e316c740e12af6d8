using System.Diagnostics;
using Alba;
using AgreementTracker.Identity.Users;
using AgreementTracker.Integrity.Export;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>GET /export/agreements/{id} and /export/organisations/{id}: the export as a download that the verifier accepts.</summary>
public sealed class ExportEndpointTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    /// <summary>Only how long the log may stay behind the server's own appends; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly CheckpointFiles _files = new();

    [Fact]
    public async Task An_agreement_and_an_organisation_download_as_JSON_Lines_that_verify_with_the_servers_public_key()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Demo:Agreements=1", "--Projections:RunDaemon=false", .. _files.Options]);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var agreement = (Guid)(await ScalarAsync(dataSource, "SELECT id FROM agreement_summaries ORDER BY id LIMIT 1"))!;
        var organisation = (Guid)(await ScalarAsync(dataSource, $"SELECT party_id FROM agreement_parties WHERE agreement_id = '{agreement}' ORDER BY party_id LIMIT 1"))!;

        foreach (var (url, fileName) in new[]
                 {
                     ($"/export/agreements/{agreement}", $"agreement-{agreement}.jsonl"),
                     ($"/export/organisations/{organisation}", $"organisation-{organisation}.jsonl"),
                 })
        {
            var download = await DownloadAsync(server, url);

            Assert.Equal(200, download.Context.Response.StatusCode);
            Assert.Equal(ExportEndpoint.ContentType, download.Context.Response.ContentType);
            Assert.Contains($"filename={fileName}", download.Context.Response.Headers.ContentDisposition.ToString());
            var report = ExportVerifier.Verify(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await download.ReadAsTextAsync())), _files.PublicKey());
            Assert.True(report.IsValid, report.Problem);
            Assert.True(report.EventsVerified > 0);
        }
    }

    [Fact]
    public async Task An_id_of_no_agreement_is_404_and_an_id_that_is_not_one_finds_no_endpoint()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Projections:RunDaemon=false", .. _files.Options]);

        var unknown = await DownloadAsync(server, "/export/agreements/0b0d2c4e-1111-4e8a-9f1c-2d5b6a7e8c90");
        var malformed = await DownloadAsync(server, "/export/agreements/not-an-id");

        Assert.Equal(404, unknown.Context.Response.StatusCode);
        Assert.Contains("there is no agreement with the id 0b0d2c4e-1111-4e8a-9f1c-2d5b6a7e8c90", await unknown.ReadAsTextAsync());
        Assert.Equal(404, malformed.Context.Response.StatusCode);
    }

    [Fact]
    public async Task A_member_downloads_their_own_organisation_and_its_agreements_only_and_other_roles_none()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Demo:Agreements=1", "--Projections:RunDaemon=false", .. _files.Options]);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var agreement = (Guid)(await ScalarAsync(dataSource, "SELECT id FROM agreement_summaries ORDER BY id LIMIT 1"))!;
        var party = (Guid)(await ScalarAsync(dataSource,
            $"SELECT p.party_id FROM agreement_parties p JOIN {OrganisationDirectoryTable.TableName} d ON d.id = p.party_id WHERE p.agreement_id = '{agreement}' AND d.cvr_number IS NOT NULL ORDER BY p.party_id LIMIT 1"))!;
        var cvr = (string)(await ScalarAsync(dataSource, $"SELECT cvr_number FROM {OrganisationDirectoryTable.TableName} WHERE id = '{party}'"))!;
        var other = (Guid)(await ScalarAsync(dataSource, $"SELECT id FROM {OrganisationDirectoryTable.TableName} WHERE id <> '{party}' ORDER BY id LIMIT 1"))!;
        const string unknownAgreement = "/export/agreements/0b0d2c4e-1111-4e8a-9f1c-2d5b6a7e8c90";

        var anonymous = await server.Alba.Scenario(s =>
        {
            s.Get.Url($"/export/agreements/{agreement}");
            s.IgnoreStatusCode();
        });
        server.ActAs(new TestUser("administrator", "Anders Admin", Roles.Administrator));
        var administrator = await DownloadAsync(server, $"/export/organisations/{party}");
        server.ActAs(new TestUser("part.medlem", "Mette Holm", Roles.Member, cvr));
        var ownAgreement = await DownloadAsync(server, $"/export/agreements/{agreement}");
        var ownOrganisation = await DownloadAsync(server, $"/export/organisations/{party}");
        var otherOrganisation = await DownloadAsync(server, $"/export/organisations/{other}");
        var notTheirs = await DownloadAsync(server, unknownAgreement);
        server.ActAs(new TestUser("revisor", "Rikke Revisor", Roles.Auditor));
        var auditor = await DownloadAsync(server, $"/export/organisations/{other}");

        Assert.Equal(401, anonymous.Context.Response.StatusCode);
        Assert.Equal(403, administrator.Context.Response.StatusCode);
        Assert.Equal((200, 200), (ownAgreement.Context.Response.StatusCode, ownOrganisation.Context.Response.StatusCode));
        Assert.Equal(403, otherOrganisation.Context.Response.StatusCode);
        Assert.Equal(404, notTheirs.Context.Response.StatusCode);
        Assert.Equal(200, auditor.Context.Response.StatusCode);
    }

    public void Dispose() => _files.Dispose();

    /// <summary>
    /// The download, asked again while it is 503: the server's own deadlines may append as it starts, and the log takes
    /// an event only once its transaction can no longer be overtaken. The clock moves a second between tries, as a real
    /// one would, so each try signs a checkpoint of its own.
    /// </summary>
    private static async Task<IScenarioResult> DownloadAsync(ServerHost server, string url)
    {
        var waiting = Stopwatch.StartNew();
        while (true)
        {
            var token = await server.TokenAsync();
            var result = await server.Alba.Scenario(s =>
            {
                s.Get.Url(url);
                s.WithBearerToken(token);
                s.IgnoreStatusCode();
            });
            if (result.Context.Response.StatusCode != 503)
                return result;
            Assert.True(waiting.Elapsed < Patience, await result.ReadAsTextAsync());
            server.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
