using AgreementTracker.EventStore;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AgreementTracker.Messaging.Tests;

/// <summary>A fresh database per test class with the project's schema applied, as the server applies it.</summary>
public sealed class MessagingDatabase : IAsyncLifetime
{
    private readonly PostgresDatabaseFixture _database = new();

    public NpgsqlDataSource DataSource => _database.DataSource;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await SchemaMigrator.ApplyAsync(_database.DataSource);
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    public MessageRunner Runner(MessageHandlers handlers, TimeProvider clock, string node = "node-a", int maxAttempts = 3) =>
        new(DataSource, handlers, new MessageRunnerOptions { NodeName = node, MaxAttempts = maxAttempts, BatchSize = 20 }, clock,
            NullLogger<MessageRunner>.Instance);

    public async Task<Guid> EnqueueAsync(OutgoingMessage message)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        return await MessageQueue.EnqueueAsync(connection, null, message);
    }

    public async Task<T?> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? default : (T?)result;
    }
}
