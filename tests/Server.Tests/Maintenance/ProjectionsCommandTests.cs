using System.Text.RegularExpressions;
using AgreementTracker.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.Server.Hosting;
using AgreementTracker.Server.Maintenance;
using AgreementTracker.TestSupport;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Server.Tests.Maintenance;

/// <summary><c>projections list|rebuild|check</c> against a server with the North Jutland demo data, run from beside it as an operator would.</summary>
public sealed class ProjectionsCommandTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Only how long a stuck daemon may hang the test; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private static readonly string[] Projections = ["agreement", "audit_timeline", "organisation", "organisation_directory"];

    [Fact]
    public async Task List_names_each_projection_inline_or_async_with_how_far_the_audit_timeline_is_behind()
    {
        await using var server = await ServerHost.StartAsync(database, "--demo", "--Projections:RunDaemon=false");
        var events = await ScalarAsync(server, $"SELECT count(*) FROM {AgreementsModule.Schema}.mt_events");

        var (code, output, _) = await RunAsync(server, "list");

        Assert.Equal(0, code);
        foreach (var inline in new[] { "agreement", "organisation", "organisation_directory" })
            Assert.Matches(new Regex($@"^{inline}\s+inline", RegexOptions.Multiline), output);
        Assert.Matches(new Regex($@"^audit_timeline\s+async\s+at event 0, lag {events:N0} events", RegexOptions.Multiline), output);
    }

    [Fact]
    public async Task Rebuilding_the_audit_timeline_while_changes_go_on_keeps_every_change_and_the_daemon_carries_on_from_it()
    {
        await using var server = await ServerHost.StartAsync(database, "--demo", "--Projections:RunDaemon=false");
        await using (var catchUp = await ServerHost.StartOnAsync(server.ConnectionString, server.Clock))
            await catchUp.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience);
        await ExecuteAsync(server, "UPDATE audit_timeline SET actor = 'nogen@andre.dk' WHERE position = (SELECT max(position) FROM audit_timeline)");
        using var stop = new CancellationTokenSource();
        var changes = ChangeUntilAsync(server, stop.Token);

        var (code, output, errors) = await RunAsync(server, "rebuild", "audit_timeline");
        await stop.CancelAsync();
        var changed = await changes;
        await using var daemon = await ServerHost.StartOnAsync(server.ConnectionString, server.Clock);
        await daemon.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience);
        var (checkCode, check, _) = await RunAsync(server, "check");

        Assert.True(code == 0, errors);
        Assert.Matches(@"^audit_timeline: rebuilt from [\d,]+ events in [\d.]+ s", output);
        Assert.True(changed.Refused.Count == 0, string.Join('\n', changed.Refused));
        Assert.True(changed.Made > 0);
        Assert.True(checkCode == 0, check);
    }

    [Fact]
    public async Task Rebuilding_every_projection_also_rewrites_the_follow_up_tables_which_Marten_leaves_to_the_side_effect()
    {
        var server = await ServerHost.StartAsync(database, "--demo", "--Projections:RunDaemon=false");
        await ExecuteAsync(server, "UPDATE agreement_kpis SET status = 'Achieved' WHERE kpi_id = (SELECT kpi_id FROM agreement_kpis ORDER BY kpi_id LIMIT 1)");
        await ExecuteAsync(server, "DELETE FROM agreement_meetings WHERE meeting_id = (SELECT meeting_id FROM agreement_meetings ORDER BY meeting_id LIMIT 1)");
        await ExecuteAsync(server, "UPDATE organisation_directory SET name = 'Aalborg Komune' WHERE name = 'Aalborg Kommune'");
        await server.DisposeAsync();

        var (code, output, errors) = await RunAsync(server, "rebuild", "all");
        var (checkCode, check, _) = await RunAsync(server, "check");

        Assert.True(code == 0, errors);
        foreach (var projection in Projections)
            Assert.Matches(new Regex($@"^{projection}: rebuilt from [\d,]+ events in [\d.]+ s", RegexOptions.Multiline), output);
        Assert.Contains($"agreement: follow-up tables rewritten from {DemoDataGenerator.NorthJutlandAgreementCount} rebuilt agreements", output);
        Assert.True(checkCode == 0, check);
    }

    [Fact]
    public async Task An_async_projection_that_a_running_daemon_keeps_is_not_rebuilt_from_beside_it()
    {
        await using var server = await ServerHost.StartAsync(database, "--demo");
        var store = server.Services.GetRequiredService<IDocumentStore>();
        await store.WaitForNonStaleProjectionDataAsync(Patience);

        var (code, output, errors) = await RunAsync(server, "rebuild", "all");
        (await server.GraphQLAsync("""mutation { registerOrganisation(input: { name: "Læsø Kommune", kind: MUNICIPALITY }) { createdId } }""")).ShouldSucceed();
        await store.WaitForNonStaleProjectionDataAsync(Patience);
        var (checkCode, check, _) = await RunAsync(server, "check", "audit_timeline");

        Assert.Equal(1, code);
        Assert.Contains("audit_timeline is kept by the daemon of a running server", errors);
        Assert.Contains("--Projections:RunDaemon=false", errors);
        Assert.DoesNotContain("rebuilt", output);
        Assert.True(checkCode == 0, check);
    }

    /// <summary>A running server appends even with nobody using it (an agreement past its end expires), and an append during the rebuild would be folded onto a half-rebuilt document.</summary>
    [Fact]
    public async Task An_inline_projection_is_not_rebuilt_while_a_server_runs_on_the_database()
    {
        await using var server = await ServerHost.StartAsync(database, "--demo", "--Projections:RunDaemon=false");
        var documents = await ScalarAsync(server, $"SELECT count(*) FROM {FollowUpTables.AgreementDocuments}");

        var (code, output, errors) = await RunAsync(server, "rebuild", "agreement");

        Assert.Equal(1, code);
        Assert.Contains("agreement is written by every running server", errors);
        Assert.Contains("Stop the servers, rebuild, then start them again", errors);
        Assert.DoesNotContain("rebuilt", output);
        Assert.Equal(documents, await ScalarAsync(server, $"SELECT count(*) FROM {FollowUpTables.AgreementDocuments}"));
    }

    [Fact]
    public async Task Check_names_each_tampered_row_and_exits_with_2()
    {
        await using var server = await ServerHost.StartAsync(database, "--demo");
        await server.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience);
        var (untouchedCode, untouched, _) = await RunAsync(server, "check");

        await ExecuteAsync(server, "UPDATE organisation_directory SET name = 'Aalborg Komune' WHERE name = 'Aalborg Kommune'");
        await ExecuteAsync(server, "UPDATE agreement_kpis SET progress = 0.42 WHERE kpi_id = (SELECT kpi_id FROM agreement_kpis ORDER BY kpi_id LIMIT 1)");
        await ExecuteAsync(server, $"UPDATE {FollowUpTables.AgreementDocuments} SET data = jsonb_set(data, '{{Title}}', '\"Aftale om ingenting\"') WHERE id = (SELECT id FROM {FollowUpTables.AgreementDocuments} ORDER BY id LIMIT 1)");
        await ExecuteAsync(server, "UPDATE audit_timeline SET actor = 'nogen@andre.dk' WHERE position = (SELECT max(position) FROM audit_timeline)");
        var (code, output, _) = await RunAsync(server, "check");
        var (directoryCode, directory, _) = await RunAsync(server, "check", "organisation_directory");

        Assert.True(untouchedCode == 0, untouched);
        Assert.Equal(2, code);
        Assert.Contains("agreement: INCONSISTENT", output);
        Assert.Contains("Aftale om ingenting", output);
        Assert.Contains("agreement_kpis: rows only live 1, only in the rebuild 1", output);
        Assert.Contains("audit_timeline: INCONSISTENT", output);
        Assert.Contains("nogen@andre.dk", output);
        Assert.Contains("organisation: consistent", output);
        Assert.Equal(2, directoryCode);
        Assert.Contains("organisation_directory: INCONSISTENT", directory);
        Assert.Contains("Aalborg Komune", directory);
    }

    [Fact]
    public async Task An_unknown_projection_is_refused_with_the_names_there_are()
    {
        var (code, _, errors) = await RunAsync(await database.CreateDatabaseAsync(), "rebuild", "kpi_dashbord");

        Assert.Equal(1, code);
        foreach (var projection in Projections)
            Assert.Contains(projection, errors);
    }

    [Fact]
    public async Task Rebuild_without_a_name_asks_for_one()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = await ServerCommand.RunAsync(["projections", "rebuild"], output, errors);

        Assert.Equal(1, code);
        Assert.Contains("Which projection should be rebuilt?", errors.ToString());
    }

    /// <summary>What staff change while the projections are rebuilt: an organisation renamed, a meeting scheduled, a new organisation.</summary>
    private sealed record Changes(int Made, IReadOnlyList<string> Refused);

    private static async Task<Changes> ChangeUntilAsync(ServerHost server, CancellationToken stop)
    {
        var municipality = await ScalarAsync(server, "SELECT id FROM organisation_directory WHERE name = 'Aalborg Kommune'");
        var agreement = await ScalarAsync(server, $"""
            SELECT s.id FROM agreement_summaries s JOIN {FollowUpTables.AgreementDocuments} d ON d.id = s.id
            WHERE d.data->>'Termination' IS NULL AND d.data->>'ExpiredOn' IS NULL ORDER BY s.end_date DESC, s.id LIMIT 1
            """);
        var made = 0;
        List<string> refused = [];
        for (var round = 1; !stop.IsCancellationRequested; round++)
        {
            foreach (var (mutation, variables) in new (string, object)[]
            {
                ("mutation($id: ID!, $name: String!) { renameOrganisation(input: { organisationId: $id, newName: $name }) { organisation { name } } }",
                    new { id = municipality, name = $"Aalborg Kommune {round}" }),
                ("mutation($id: ID!, $title: String!, $date: Date!) { scheduleMeeting(input: { agreementId: $id, title: $title, date: $date }) { agreement { version } } }",
                    new { id = agreement, title = $"Koordinationsmøde {round}", date = server.Today.AddDays(round) }),
                ("mutation($name: String!) { registerOrganisation(input: { name: $name, kind: MUNICIPALITY }) { createdId } }",
                    new { name = $"Ny Kommune {round}" }),
            })
            {
                var response = await server.GraphQLAsync(mutation, variables);
                if (response.Errors.Count == 0)
                    made++;
                else
                    refused.Add(response.Body.ToString());
            }
        }
        return new Changes(made, refused);
    }

    private static Task<(int Code, string Output, string Errors)> RunAsync(ServerHost server, params string[] args) =>
        RunAsync(server.ConnectionString, server.Clock, args);

    private static Task<(int Code, string Output, string Errors)> RunAsync(string connectionString, params string[] args) =>
        RunAsync(connectionString, TestClock.Start(), args);

    private static async Task<(int Code, string Output, string Errors)> RunAsync(string connectionString, TimeProvider clock, string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await ProjectionsCommand.RunAsync(
            ["projections", .. args, "--connection", connectionString], output, errors, b => b.Services.AddSingleton(clock));
        return (code, output.ToString(), errors.ToString());
    }

    private static async Task<object> ScalarAsync(ServerHost server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(ServerHost server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
