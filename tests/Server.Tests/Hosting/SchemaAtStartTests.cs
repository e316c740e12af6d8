using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace AgreementTracker.Server.Tests.Hosting;

public sealed class SchemaAtStartTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Two_servers_starting_together_apply_each_schema_version_exactly_once()
    {
        var shared = await database.CreateDatabaseAsync();
        var servers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            ServerApp.BuildAsync(["--connection", shared], b => b.WebHost.UseTestServer())));
        foreach (var server in servers)
            await server.DisposeAsync();

        await using var connection = new NpgsqlConnection(shared);
        await connection.OpenAsync();
        await using var versions = new NpgsqlCommand("SELECT count(*), count(DISTINCT version) FROM public.schema_migrations", connection);
        await using var reader = await versions.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(reader.GetInt64(0) >= 2, "expected the event store's and the messaging schema files");
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }
}
