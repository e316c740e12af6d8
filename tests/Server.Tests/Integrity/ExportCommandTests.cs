using System.Text.Json;
using AgreementTracker.Agreements;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>
/// <c>export</c> from the command line beside a server with demo data, and what the auditor then does with the file: the
/// verifier, as its own process with the server's public key file, accepts it.
/// </summary>
public sealed class ExportCommandTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    private readonly CheckpointFiles _files = new();

    /// <summary>Moves on a second each time it is read, as a real one would between exports: a log's head is signed once a moment.</summary>
    private readonly FakeTimeProvider _clock = new(TestClock.Origin) { AutoAdvanceAmount = TimeSpan.FromSeconds(1) };

    [Fact]
    public async Task An_agreement_an_organisation_and_everything_exported_from_the_command_line_pass_the_verifier()
    {
        // The server loads the demo and stops: nothing appends while the exports run (its deadlines may expire agreements).
        string connection;
        await using (var server = await ServerHost.StartAsync(database, "--Demo:Agreements=2", "--Projections:RunDaemon=false"))
            connection = server.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connection);
        var totalEvents = (long)(await ScalarAsync(dataSource, "SELECT count(*) FROM integrity.event_hashes"))!;
        await IntegrityLog.ExtendUntilAsync(dataSource, totalEvents);
        var agreement = (Guid)(await ScalarAsync(dataSource, "SELECT id FROM agreement_summaries ORDER BY id LIMIT 1"))!;
        var organisation = (Guid)(await ScalarAsync(dataSource, $"SELECT party_id FROM agreement_parties WHERE agreement_id = '{agreement}' ORDER BY party_id LIMIT 1"))!;

        var (agreementCode, agreementOutput, _) = await RunAsync(connection, "--agreement", agreement.ToString(), "--out", OutFile("agreement"));
        var (organisationCode, _, _) = await RunAsync(connection, $"--organisation={organisation}", "--out", OutFile("organisation"));
        var (allCode, _, allProgress) = await RunAsync(connection, "--all", "--out", OutFile("all"));

        Assert.Equal((0, 0, 0), (agreementCode, organisationCode, allCode));
        Assert.Contains($"Check it with: agreementtracker-verify {OutFile("agreement")} --public-key {_files.PublicKeyFile}", agreementOutput);
        Assert.Contains($"written {totalEvents:N0} of {totalEvents:N0} events (100 %)", allProgress);
        var agreementExport = await ManifestAsync("agreement");
        Assert.Contains(agreement, agreementExport.States!.Keys);
        Assert.Contains(organisation, agreementExport.States!.Keys);
        Assert.Equal(await CountEventsAsync(dataSource, agreementExport.States!.Keys), agreementExport.Events);
        Assert.Contains(agreement, (await ManifestAsync("organisation")).States!.Keys);
        Assert.Equal(totalEvents, (await ManifestAsync("all")).Events);
        foreach (var export in new[] { "agreement", "organisation", "all" })
        {
            var (code, verdict) = await VerifierProcess.RunAsync(OutFile(export), "--public-key", _files.PublicKeyFile);
            Assert.True(code == 0, verdict);
            Assert.Contains("Valid, signed by the key you trust.", verdict);
        }
    }

    [Fact]
    public async Task Everything_is_refused_naming_the_log_index_of_a_stream_a_superuser_removed_and_no_file_is_written()
    {
        string connection;
        await using (var server = await ServerHost.StartAsync(database, "--Demo:Agreements=1", "--Projections:RunDaemon=false"))
            connection = server.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await IntegrityLog.ExtendUntilAsync(dataSource, (long)(await ScalarAsync(dataSource, "SELECT count(*) FROM integrity.event_hashes"))!);
        var agreement = (Guid)(await ScalarAsync(dataSource, "SELECT id FROM agreement_summaries ORDER BY id LIMIT 1"))!;
        var index = (long)(await ScalarAsync(dataSource, FirstLogged("position", agreement)))!;
        var sequence = (long)(await ScalarAsync(dataSource, FirstLogged("seq_id", agreement)))!;

        // A superuser removes the agreement whole: its events, their hashes and its stream record, with the triggers off.
        await ScalarAsync(dataSource, $"""
            SET session_replication_role = replica;
            DELETE FROM {AgreementsModule.Schema}.mt_events WHERE stream_id = '{agreement}';
            DELETE FROM integrity.event_hashes WHERE stream_id = '{agreement}';
            DELETE FROM {AgreementsModule.Schema}.mt_streams WHERE id = '{agreement}';
            SET session_replication_role = origin
            """);
        var (code, _, errors) = await RunAsync(connection, "--all", "--out", OutFile("gap"));

        Assert.Equal(1, code);
        Assert.Contains($"export: Log index {index} is the event with sequence number {sequence}, which the history no longer holds", errors);
        Assert.DoesNotContain("export again", errors);
        Assert.False(File.Exists(OutFile("gap")));
    }

    [Theory]
    [InlineData("--agreement", "not-an-id", "--agreement: 'not-an-id' is not an id")]
    [InlineData("--agreement", "0b0d2c4e-1111-4e8a-9f1c-2d5b6a7e8c90", "--agreement: there is no agreement with the id 0b0d2c4e-1111-4e8a-9f1c-2d5b6a7e8c90")]
    [InlineData("--organisation", "0b0d2c4e-2222-4e8a-9f1c-2d5b6a7e8c90", "--organisation: there is no organisation with the id 0b0d2c4e-2222-4e8a-9f1c-2d5b6a7e8c90")]
    public async Task A_bad_or_unknown_id_is_refused_naming_the_option_and_writes_no_file(string option, string id, string expected)
    {
        var connection = await database.CreateDatabaseAsync();
        var errors = new StringWriter();

        var code = await ExportCommand.RunAsync(
            [ExportCommand.Name, option, id, "--out", OutFile("refused"), "--connection", connection, .. _files.Options], new StringWriter(), errors,
            b => b.Services.AddSingleton<TimeProvider>(TestClock.Start()));

        Assert.Equal(1, code);
        Assert.Contains(expected, errors.ToString());
        Assert.False(File.Exists(OutFile("refused")));
    }

    [Fact]
    public async Task Export_without_what_to_export_asks_for_it_and_help_names_every_option()
    {
        var (help, errors) = (new StringWriter(), new StringWriter());

        var code = await ServerCommand.RunAsync([ExportCommand.Name], new StringWriter(), errors);
        var helpCode = await ServerCommand.RunAsync([ExportCommand.Name, "--help"], help, new StringWriter());

        Assert.Equal((1, 0), (code, helpCode));
        Assert.Contains("'export' needs exactly one of --agreement <id>, --organisation <id> or --all", errors.ToString());
        Assert.Equal(ExportCommand.Usage.Trim(), help.ToString().Trim());
    }

    public void Dispose() => _files.Dispose();

    private string OutFile(string name) => Path.Combine(_files.Root, $"{name}.jsonl");

    private async Task<ExportManifest> ManifestAsync(string name)
    {
        using var reader = File.OpenText(OutFile(name));
        return JsonSerializer.Deserialize<ExportManifest>((await reader.ReadLineAsync())!)!;
    }

    private async Task<(int Code, string Output, string Errors)> RunAsync(string connection, params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await ExportCommand.RunAsync(
            [ExportCommand.Name, .. args, "--connection", connection, .. _files.Options], output, errors,
            b => b.Services.AddSingleton<TimeProvider>(_clock));
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>A column of the stream's first entry in log order.</summary>
    private static string FirstLogged(string column, Guid stream) => $"""
        SELECT l.{column} FROM integrity.log_entries l JOIN {AgreementsModule.Schema}.mt_events e ON e.seq_id = l.seq_id
        WHERE e.stream_id = '{stream}' ORDER BY l.position LIMIT 1
        """;

    private static async Task<long> CountEventsAsync(NpgsqlDataSource dataSource, IEnumerable<Guid> streams)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*) FROM {AgreementsModule.Schema}.mt_events WHERE stream_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = streams.ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}
