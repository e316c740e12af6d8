using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.Server.Tests.Projections;

public sealed class OrganisationDirectoryTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Lists_every_organisation_with_its_current_name_and_keeps_merged_ones_with_their_former_names()
    {
        await using var server = await ServerHost.StartAsync(database, "--demo", "--Projections:RunDaemon=false");
        var organisations = DemoDataGenerator.NorthJutland().Where(s => s.Kind == StreamKind.Organisation).ToList();
        var renamed = organisations.SelectMany(s => s.Events.Select(e => (s.Id, e.Data))).Where(x => x.Data is OrganisationRenamed).ToList();
        var merged = organisations.SelectMany(s => s.Events.Select(e => (s.Id, e.Data))).Where(x => x.Data is OrganisationMerged).ToList();
        Assert.NotEmpty(renamed);
        Assert.NotEmpty(merged);

        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        Assert.Equal((long)organisations.Count, await new NpgsqlCommand("SELECT count(*) FROM organisation_directory", connection).ExecuteScalarAsync());
        Assert.Equal("Municipality", await new NpgsqlCommand("SELECT kind FROM organisation_directory WHERE name = 'Aalborg Kommune'", connection).ExecuteScalarAsync());
        foreach (var (id, data) in renamed)
        {
            var rename = (OrganisationRenamed)data;
            await using var row = new NpgsqlCommand("SELECT name, former_names FROM organisation_directory WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
            await using var reader = await row.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Contains(rename.PreviousName, reader.GetFieldValue<string[]>(1));
        }
        foreach (var (id, data) in merged)
        {
            await using var row = new NpgsqlCommand("SELECT merged_into FROM organisation_directory WHERE id = $1", connection) { Parameters = { new() { Value = id } } };
            Assert.Equal(((OrganisationMerged)data).Into.Value, await row.ExecuteScalarAsync());
        }
    }
}
