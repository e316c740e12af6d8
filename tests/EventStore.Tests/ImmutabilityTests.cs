using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.EventStore.Tests;

public sealed class ImmutabilityTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Theory]
    [InlineData("UPDATE eventstore.events SET type = 'forged'", "UPDATE")]
    [InlineData("DELETE FROM eventstore.events", "DELETE")]
    [InlineData("TRUNCATE eventstore.events CASCADE", "TRUNCATE")]
    [InlineData("UPDATE eventstore.events SET type = 'forged' WHERE false", "UPDATE")]
    public async Task The_database_refuses_to_change_stored_events(string sql, string operation)
    {
        var store = await TestStores.CreateAsync(database.DataSource);
        var session = store.OpenSession();
        session.StartStream(Guid.NewGuid(), "counter", new CounterStarted("kept"));
        await session.SaveChangesAsync();
        var before = await TestStores.ScalarAsync(database.DataSource, "SELECT count(*) FROM eventstore.events");

        await using var command = database.DataSource.CreateCommand(sql);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal($"eventstore.events is append-only: {operation} is refused because events are immutable", error.MessageText);
        Assert.Equal(before, await TestStores.ScalarAsync(database.DataSource, "SELECT count(*) FROM eventstore.events"));
        Assert.Equal(0, await TestStores.ScalarAsync(database.DataSource, "SELECT count(*) FROM eventstore.events WHERE type = 'forged'"));
    }
}
