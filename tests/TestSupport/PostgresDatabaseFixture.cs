using Npgsql;
using Xunit;

namespace AgreementTracker.TestSupport;

/// <summary>
/// A fresh, empty database for one test class (use as <c>IClassFixture&lt;PostgresDatabaseFixture&gt;</c>),
/// dropped when the class has run.
/// </summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    private string? _connectionString;
    private NpgsqlDataSource? _dataSource;

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture has not been initialised.");
    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The fixture has not been initialised.");

    /// <summary>Another fresh database on the same server, for tests that need a clean slate of their own.</summary>
    public Task<string> CreateDatabaseAsync() => PostgresTestCluster.CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
            await _dataSource.DisposeAsync();
        if (_connectionString is not null)
            await PostgresTestCluster.DropDatabaseAsync(_connectionString);
    }
}
