using System.Globalization;
using System.Text.Json;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>
/// Issue 14's "done when": an auditor on a machine without AgreementTracker verifies an agreement's exported history, and
/// that it is included in a checkpoint the server published a year earlier, with the commands the README shows. The
/// server publishes a checkpoint to its folder and the auditor keeps it; a year later on the test clock the history has
/// grown, the operator runs <c>export</c> and <c>consistency</c>, and the verifier, as its own process, gets nothing but
/// the files and the public key. Evidence from another checkpoint than the kept one, a kept checkpoint not signed by the
/// key, and a log whose past was rewritten since are each named.
/// </summary>
public sealed class AuditAYearLaterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private static readonly TimeSpan AYear = TimeSpan.FromDays(365);

    private readonly CheckpointFiles _files = new();

    private string Auditor => Directory.CreateDirectory(Path.Combine(_files.Root, "auditor")).FullName;

    [Fact]
    public async Task An_agreements_export_verifies_offline_as_included_in_the_checkpoint_published_a_year_before()
    {
        var (connection, clock, agreement, party) = await DemoAsync();
        var kept = await PublishAndKeepAsync(connection, clock);
        clock.Advance(AYear);
        await RenameAsync(connection, clock, party, "Omdøbt et år senere");
        var published = JsonSerializer.Deserialize<PublishedCheckpoint>(await File.ReadAllTextAsync(kept))!.Checkpoint;

        var exported = await CommandAsync(connection, clock, ExportCommand.Name, "--agreement", agreement.ToString(), "--out", InAuditors("agreement.jsonl"));
        var proved = await CommandAsync(connection, clock, ConsistencyCommand.Name, "--from", kept, "--to", InAuditors("agreement.jsonl"), "--out", InAuditors("consistency.json"));
        var (code, verdict) = await VerifierProcess.RunAsync(
            InAuditors("agreement.jsonl"), "--public-key", _files.PublicKeyFile, "--since", kept, "--consistency", InAuditors("consistency.json"));

        Assert.Equal((0, 0), (exported.Code, proved.Code));
        Assert.Contains($"Check it with: agreementtracker-verify {InAuditors("agreement.jsonl")} --public-key {_files.PublicKeyFile} --since {kept} --consistency {InAuditors("consistency.json")}", proved.Output);
        var lines = await File.ReadAllLinesAsync(InAuditors("agreement.jsonl"));
        var manifest = JsonSerializer.Deserialize<ExportManifest>(lines[0])!;
        var logIndexes = lines[1..^1].Select(l => JsonSerializer.Deserialize<ExportedEvent>(l)!.LogIndex).ToList();
        var inKept = logIndexes.Count(i => i < published.Size);
        Assert.True(manifest.Checkpoint.SignedAt - published.SignedAt >= AYear, $"the export's checkpoint was signed at {manifest.Checkpoint.SignedAt}");
        Assert.True(inKept > 0 && inKept < logIndexes.Count, $"{inKept} of {logIndexes.Count} events in the kept checkpoint");
        Assert.True(code == 0, verdict);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"The checkpoint you kept, of {published.Size:N0} log entries signed {published.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, is extended by the log the export is proved against: {inKept:N0} of the export's {logIndexes.Count:N0} events were in it already."), verdict);
        Assert.Contains("Valid, signed by the key you trust.", verdict);
    }

    [Fact]
    public async Task Evidence_from_another_checkpoint_than_the_one_kept_and_a_kept_checkpoint_another_key_signed_are_refused()
    {
        var (connection, clock, agreement, party) = await DemoAsync();
        var kept = await PublishAndKeepAsync(connection, clock);
        clock.Advance(AYear);
        await RenameAsync(connection, clock, party, "Omdøbt et år senere");
        var later = await PublishAndKeepAsync(connection, clock);
        var keptElsewhere = InAuditors("kept-altered.json");
        var published = JsonSerializer.Deserialize<PublishedCheckpoint>(await File.ReadAllTextAsync(kept))!;
        await File.WriteAllTextAsync(keptElsewhere, JsonSerializer.Serialize(published with { Checkpoint = published.Checkpoint with { Size = published.Checkpoint.Size - 1 } }));

        await CommandAsync(connection, clock, ExportCommand.Name, "--agreement", agreement.ToString(), "--out", InAuditors("agreement.jsonl"));
        await CommandAsync(connection, clock, ConsistencyCommand.Name, "--from", later, "--to", InAuditors("agreement.jsonl"), "--out", InAuditors("from-later.json"));
        var refused = await CommandAsync(connection, clock, ConsistencyCommand.Name, "--from", keptElsewhere, "--to", InAuditors("agreement.jsonl"));
        var (code, verdict) = await VerifierProcess.RunAsync(
            InAuditors("agreement.jsonl"), "--public-key", _files.PublicKeyFile, "--since", kept, "--consistency", InAuditors("from-later.json"));
        var (alteredCode, alteredVerdict) = await VerifierProcess.RunAsync(
            InAuditors("agreement.jsonl"), "--public-key", _files.PublicKeyFile, "--since", keptElsewhere, "--consistency", InAuditors("from-later.json"));

        Assert.Equal(1, refused.Code);
        Assert.Contains($"consistency: --from: {keptElsewhere} is not a checkpoint this server signed: the checkpoint's signature does not verify with the public key.", refused.Errors);
        Assert.Equal(1, code);
        Assert.Contains("NOT VALID: the consistency evidence does not start at the checkpoint you kept", verdict);
        Assert.Equal(1, alteredCode);
        Assert.Contains("NOT VALID: the checkpoint you kept: the checkpoint's signature does not verify with the public key", alteredVerdict);
    }

    [Fact]
    public async Task Consistency_names_a_past_rewritten_since_the_checkpoint_and_writes_nothing()
    {
        var (connection, clock, _, party) = await DemoAsync();
        var kept = await PublishAndKeepAsync(connection, clock);
        clock.Advance(AYear);
        await RenameAsync(connection, clock, party, "Omdøbt et år senere");
        var published = JsonSerializer.Deserialize<PublishedCheckpoint>(await File.ReadAllTextAsync(kept))!.Checkpoint;
        await using (var dataSource = NpgsqlDataSource.Create(connection))
        await using (var rewrite = dataSource.CreateCommand(
            "SET session_replication_role = replica; UPDATE integrity.log_entries SET entry = sha256(entry) WHERE position = 0; SET session_replication_role = origin"))
            await rewrite.ExecuteNonQueryAsync();

        var refused = await CommandAsync(connection, clock, ConsistencyCommand.Name, "--from", kept, "--out", InAuditors("consistency.json"));

        Assert.Equal(1, refused.Code);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture,
            $"consistency: the log no longer matches the checkpoint of {published.Size:N0} entries signed at {published.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: its past was changed since."), refused.Errors);
        Assert.False(File.Exists(InAuditors("consistency.json")));
    }

    [Fact]
    public async Task Consistency_without_the_earlier_checkpoint_asks_for_it_and_help_names_every_option()
    {
        var (help, errors) = (new StringWriter(), new StringWriter());

        var code = await ServerCommand.RunAsync([ConsistencyCommand.Name], new StringWriter(), errors);
        var helpCode = await ServerCommand.RunAsync([ConsistencyCommand.Name, "--help"], help, new StringWriter());

        Assert.Equal((1, 0), (code, helpCode));
        Assert.Contains("'consistency' needs --from <checkpoint.json>, the earlier checkpoint", errors.ToString());
        Assert.Equal(ConsistencyCommand.Usage.Trim(), help.ToString().Trim());
    }

    public void Dispose() => _files.Dispose();

    private string InAuditors(string name) => Path.Combine(Auditor, name);

    /// <summary>A stopped server's database with the demo data, every event in the log; an agreement and one of its parties.</summary>
    private async Task<(string Connection, FakeTimeProvider Clock, Guid Agreement, Guid Party)> DemoAsync()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Demo:Agreements=1", "--Projections:RunDaemon=false", .. _files.Options]);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var agreement = (Guid)(await ScalarAsync(dataSource, "SELECT id FROM agreement_summaries ORDER BY id LIMIT 1"))!;
        var party = (Guid)(await ScalarAsync(dataSource, $"SELECT party_id FROM agreement_parties WHERE agreement_id = '{agreement}' ORDER BY party_id LIMIT 1"))!;
        return (server.ConnectionString, server.Clock, agreement, party);
    }

    /// <summary>Signs a checkpoint with <c>checkpoint</c>, which writes it to the checkpoint folder, and keeps a copy of that file as the auditor would.</summary>
    private async Task<string> PublishAndKeepAsync(string connection, FakeTimeProvider clock)
    {
        await LogEverythingAsync(connection);
        var before = _files.Written();
        var (code, output, _) = await CommandAsync(connection, clock, CheckpointCommand.Name);
        Assert.True(code == 0, output);
        var published = Assert.Single(_files.Written().Except(before));
        var kept = InAuditors(Path.GetFileName(published));
        File.Copy(published, kept);
        return kept;
    }

    /// <summary>
    /// The server on its clock, where BRN staff rename an organisation: the history grows past the kept checkpoint. The
    /// server may sign on its schedule as it starts; the commands run a minute later, so no two checkpoints share a time.
    /// </summary>
    private async Task RenameAsync(string connection, FakeTimeProvider clock, Guid organisation, string name)
    {
        await using (var server = await ServerHost.StartOnAsync(connection, clock, null, ["--Projections:RunDaemon=false", .. _files.Options]))
            (await server.GraphQLAsync("""
                mutation($id: ID!, $name: String!) { renameOrganisation(input: { organisationId: $id, newName: $name }) { __typename } }
                """, new { id = organisation, name })).ShouldSucceed();
        clock.Advance(TimeSpan.FromMinutes(1));
    }

    /// <summary>A command beside the stopped server, on the test's clock, once the log holds every event (transactions elsewhere on the cluster hold it back a moment).</summary>
    private async Task<(int Code, string Output, string Errors)> CommandAsync(string connection, FakeTimeProvider clock, params string[] args)
    {
        await LogEverythingAsync(connection);
        var (output, errors) = (new StringWriter(), new StringWriter());
        string[] command = [.. args, "--connection", connection, .. _files.Options];
        void Clock(Microsoft.AspNetCore.Builder.WebApplicationBuilder b) => b.Services.AddSingleton<TimeProvider>(clock);
        var code = args[0] switch
        {
            ExportCommand.Name => await ExportCommand.RunAsync(command, output, errors, Clock),
            ConsistencyCommand.Name => await ConsistencyCommand.RunAsync(command, output, errors, Clock),
            _ => await CheckpointCommand.RunAsync(command, output, Clock),
        };
        return (code, output.ToString(), errors.ToString());
    }

    private static async Task LogEverythingAsync(string connection)
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await IntegrityLog.ExtendUntilAsync(dataSource, (long)(await ScalarAsync(dataSource, "SELECT count(*) FROM integrity.event_hashes"))!);
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
