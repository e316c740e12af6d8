using AgreementTracker.Agreements;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.Server.Tests.Hosting;

public sealed class SchemaAtStartTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly string[] Tables =
    [
        $"{AgreementsModule.Schema}.mt_events", $"{AgreementsModule.Schema}.mt_streams", $"{AgreementsModule.Schema}.mt_event_progression",
        "integrity.event_hashes",
        .. FollowUpTables.Definitions.Select(t => t.Name), OrganisationDirectoryTable.TableName,
        .. AuditTimelineTables.Definitions.Select(t => t.Name), NotificationTable.Name,
        $"{EventStoreServices.MessagingSchema}.wolverine_incoming_envelopes", $"{EventStoreServices.MessagingSchema}.wolverine_dead_letters",
    ];

    [Fact]
    public async Task Two_servers_starting_together_on_an_empty_database_both_start_with_every_table_in_place()
    {
        var shared = await database.CreateDatabaseAsync();
        var clock = TestClock.Start();

        var servers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            ServerHost.StartOnAsync(shared, clock, options: ["--Projections:RunDaemon=false"])));
        foreach (var server in servers)
            await server.DisposeAsync();

        await using var connection = new NpgsqlConnection(shared);
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var exists = new NpgsqlCommand("SELECT to_regclass($1) IS NOT NULL", connection) { Parameters = { new() { Value = table } } };
            Assert.True((bool)(await exists.ExecuteScalarAsync())!, $"{table} is missing");
        }
    }
}
