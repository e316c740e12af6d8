using AgreementTracker.EmbeddedPostgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgreementTracker.EmbeddedPostgres.Tests;

public sealed class PostgresServerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "at-embedded-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private static async Task<int> ServerVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW server_version_num", connection);
        return int.Parse((string)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Starts_a_cluster_that_accepts_connections_and_stops_it()
    {
        var server = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = _folder }, NullLogger.Instance);
        await using (server)
            Assert.True(await ServerVersionAsync(server.ConnectionString) >= 140000);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ServerVersionAsync(server.ConnectionString));
    }

    [Fact]
    public async Task Reuses_the_folder_and_its_data_on_the_next_start()
    {
        await using (var first = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = _folder }, NullLogger.Instance))
        {
            await using var connection = new NpgsqlConnection(first.ConnectionString);
            await connection.OpenAsync();
            await new NpgsqlCommand("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')", connection).ExecuteNonQueryAsync();
        }

        await using var second = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = _folder }, NullLogger.Instance);
        await using var again = new NpgsqlConnection(second.ConnectionString);
        await again.OpenAsync();
        Assert.Equal("still here", await new NpgsqlCommand("SELECT value FROM kept", again).ExecuteScalarAsync());
    }

    [Fact]
    public async Task Refuses_a_folder_already_in_use_by_a_running_server()
    {
        await using var first = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = _folder }, NullLogger.Instance);

        var error = await Assert.ThrowsAsync<PostgresStartException>(
            () => PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = _folder }, NullLogger.Instance));
        Assert.Contains("already in use", error.Message);
    }

    [Fact]
    public async Task Names_the_folder_the_postgres_user_cannot_enter_when_running_as_root()
    {
        if (Environment.UserName != "root")
            return; // only root hands the cluster to the postgres user; others own their folders
        var privateParent = Directory.CreateDirectory(Path.Combine(_folder, "private")).FullName;
        File.SetUnixFileMode(privateParent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var error = await Assert.ThrowsAsync<PostgresStartException>(() => PostgresServer.StartAsync(
            new PostgresServerOptions { DataDirectory = Path.Combine(privateParent, "db") }, NullLogger.Instance));

        Assert.Contains($"may not enter {privateParent}", error.Message);
        Assert.Contains("--data", error.Message);
    }

    [Fact]
    public async Task Deletes_a_throwaway_cluster_when_it_stops()
    {
        var server = await PostgresServer.StartAsync(new PostgresServerOptions { DataDirectory = _folder, DeleteOnStop = true }, NullLogger.Instance);
        await server.StopAsync();
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void Says_what_to_install_when_no_binaries_are_found()
    {
        var error = Assert.Throws<PostgresBinariesNotFoundException>(
            () => PostgresBinaries.Locate([Path.Combine(_folder, "empty")], Path.Combine(_folder, "no-distribution")));
        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("--connection", error.Message);
    }

    [Fact]
    public void Prefers_the_newest_distribution_version_when_PATH_has_none()
    {
        var root = Path.Combine(_folder, "usr-lib-postgresql");
        foreach (var version in new[] { "14", "16", "9" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        }

        var found = PostgresBinaries.Locate([Path.Combine(_folder, "empty")], root);

        Assert.Equal(Path.Combine(root, "16", "bin"), found.Directory);
    }
}
