using AgreementTracker.Domain.DemoData;
using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Npgsql;

namespace AgreementTracker.Server.Tests.DemoData;

public sealed class DemoDataLoadingTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static async Task StartWithDemoAsync(string connectionString)
    {
        await using var app = await ServerApp.BuildAsync(["--connection", connectionString, "--demo"], b => b.WebHost.UseTestServer());
    }

    private static async Task<(long streams, long events, DateTime first, DateTime last)> StoreContentsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM eventstore.streams), count(*), min(created_at), max(created_at) FROM eventstore.events", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetDateTime(2), reader.GetDateTime(3));
    }

    [Fact]
    public async Task Demo_loads_the_North_Jutland_history_with_its_original_times_and_loading_again_adds_nothing()
    {
        var connectionString = await database.CreateDatabaseAsync();
        var expected = DemoDataGenerator.NorthJutland().ToList();

        await StartWithDemoAsync(connectionString);
        var first = await StoreContentsAsync(connectionString);
        await StartWithDemoAsync(connectionString);
        var second = await StoreContentsAsync(connectionString);

        Assert.Equal(expected.Count, first.streams);
        Assert.Equal(expected.Sum(s => s.Events.Count), first.events);
        Assert.Equal(expected.SelectMany(s => s.Events).Min(e => e.Timestamp).UtcDateTime, first.first);
        Assert.True(first.last <= DemoDataGenerator.AsOf.ToDateTime(TimeOnly.MaxValue), $"last event at {first.last:u}");
        Assert.Equal(first, second);
    }
}
