using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.Server.Tests.Maintenance;

public sealed class ProjectionsCommandTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Rebuilding_every_projection_over_the_demo_data_leaves_them_consistent_and_a_tampered_row_is_found()
    {
        var connection = await database.CreateDatabaseAsync();
        var (code, output, _) = await RunAsync("projections", "rebuild", "all", "--connection", connection, "--demo");
        Assert.Equal(0, code);
        Assert.Contains("agreement_follow_up: rebuilt from", output);

        (code, output, _) = await RunAsync("projections", "check", "--connection", connection);
        Assert.Equal(0, code);
        Assert.DoesNotContain("INCONSISTENT", output);

        await using (var tamper = new NpgsqlConnection(connection))
        {
            await tamper.OpenAsync();
            await new NpgsqlCommand("UPDATE organisation_directory SET name = 'Aalborg Komune' WHERE name = 'Aalborg Kommune'", tamper).ExecuteNonQueryAsync();
        }
        (code, output, _) = await RunAsync("projections", "check", "organisation_directory", "--connection", connection);
        Assert.Equal(2, code);
        Assert.Contains("INCONSISTENT", output);
        Assert.Contains("Aalborg Komune", output);
    }

    [Fact]
    public async Task An_unknown_projection_is_refused_with_the_names_there_are()
    {
        var (code, _, errors) = await RunAsync("projections", "rebuild", "kpi_dashbord", "--connection", await database.CreateDatabaseAsync());

        Assert.Equal(1, code);
        Assert.Contains("organisation_directory", errors);
    }

    [Fact]
    public async Task Rebuild_without_a_name_asks_for_one()
    {
        var (code, _, errors) = await RunAsync("projections", "rebuild");

        Assert.Equal(1, code);
        Assert.Contains("Which projection should be rebuilt?", errors);
    }

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await ServerCommand.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
