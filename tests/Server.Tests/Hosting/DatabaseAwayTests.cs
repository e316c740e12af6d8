using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgreementTracker.Server.Tests.Hosting;

/// <summary>
/// The real server process and a PostgreSQL of its own that goes away and comes back on the same port: a node started
/// while the database is down waits for it, and a change sent while it is away gets an answer that says so, which the
/// client can safely act on by sending it again with the same idempotency key; a query sent then is answered so too.
/// </summary>
public sealed class DatabaseAwayTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"agreementtracker-away-{Guid.NewGuid():N}");
    private readonly PostgresServerOptions _options;

    public DatabaseAwayTests() => _options = new PostgresServerOptions { DataDirectory = _folder, NonDurable = true, Port = FreeLoopbackPort.Find() };

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_server_started_while_its_database_is_down_waits_for_it_and_then_serves()
    {
        string connectionString;
        await using (var first = await PostgresServer.StartAsync(_options, NullLogger.Instance))
            connectionString = await CreateDatabaseAsync(first);

        await using var server = ServerProcess.Launch(connectionString, $"http://127.0.0.1:{FreeLoopbackPort.Find()}",
            ["--Projections:RunDaemon=false", "--Database:WaitAtStart=00:02:00"]);
        await server.OutputAsync("is not accepting connections yet", ServerProcess.DefaultPatience);
        await using var database = await PostgresServer.StartAsync(_options, NullLogger.Instance);
        await server.ServingAsync(connectionString, ServerProcess.DefaultPatience);

        (await server.GraphQLAsync("{ organisations(first: 1) { nodes { id } } }")).ShouldSucceed();
    }

    [Fact]
    public async Task A_change_sent_while_the_database_is_away_is_answered_so_and_its_retry_with_the_same_key_is_stored_once()
    {
        var first = await PostgresServer.StartAsync(_options, NullLogger.Instance);
        await using var server = await StartServerAsync(await CreateDatabaseAsync(first));
        var register = new { id = Guid.NewGuid(), key = "registrer-testkommune" };
        const string mutation = """
            mutation($id: ID!, $key: String!) {
              registerOrganisation(input: { organisationId: $id, name: "Testkommune", kind: MUNICIPALITY, idempotencyKey: $key }) { repeated }
            }
            """;

        await first.StopAsync();
        var away = await server.GraphQLAsync(mutation, register);
        await using var back = await PostgresServer.StartAsync(_options, NullLogger.Instance);
        var retried = await server.GraphQLAsync(mutation, register);
        var repeated = await server.GraphQLAsync(mutation, register);

        Assert.Equal("DATABASE_UNAVAILABLE", away.Refusal().Code);
        Assert.False(retried.ShouldSucceed().At("registerOrganisation.repeated").GetBoolean());
        Assert.True(repeated.ShouldSucceed().At("registerOrganisation.repeated").GetBoolean());
    }

    [Fact]
    public async Task A_query_sent_while_the_database_is_away_is_answered_so_and_answered_once_it_is_back()
    {
        var first = await PostgresServer.StartAsync(_options, NullLogger.Instance);
        await using var server = await StartServerAsync(await CreateDatabaseAsync(first));
        const string query = "{ organisations(first: 1) { totalCount } }";

        await first.StopAsync();
        var away = await server.GraphQLAsync(query);
        await using var back = await PostgresServer.StartAsync(_options, NullLogger.Instance);
        var answered = await server.GraphQLAsync(query);

        Assert.Equal("DATABASE_UNAVAILABLE", away.Refusal().Code);
        Assert.Equal("Databasen svarer ikke lige nu. Prøv igen om lidt.", away.Refusal().Message);
        Assert.Equal(0, answered.ShouldSucceed().At("organisations.totalCount").GetInt32());
    }

    private static Task<ServerProcess> StartServerAsync(string connectionString, params string[] options) =>
        ServerProcess.StartAsync(connectionString, $"http://127.0.0.1:{FreeLoopbackPort.Find()}",
            ["--Projections:RunDaemon=false", .. options], ServerProcess.DefaultPatience);

    private static async Task<string> CreateDatabaseAsync(PostgresServer server)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("CREATE DATABASE away", connection).ExecuteNonQueryAsync();
        return server.ConnectionStringFor("away");
    }
}
