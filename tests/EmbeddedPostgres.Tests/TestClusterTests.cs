using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EmbeddedPostgres.Tests;

public sealed class TestClusterTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Each_fixture_gets_its_own_empty_database()
    {
        var other = await database.CreateDatabaseAsync();
        Assert.NotEqual(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database, new NpgsqlConnectionStringBuilder(other).Database);

        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
        await PostgresTestCluster.DropDatabaseAsync(other);
    }
}
