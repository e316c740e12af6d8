using AgreementTracker.EventStore.Tests.Support;
using AgreementTracker.TestSupport;

namespace AgreementTracker.EventStore.Tests;

public sealed class InlineProjectionTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task An_inline_projection_is_current_when_save_returns_and_rolls_back_with_the_append()
    {
        var projection = new CounterTotalsProjection("inline_totals", "inline_totals");
        var store = await TestStores.CreateAsync(database.DataSource, o => o.Projections.Add(projection, ProjectionLifecycle.Inline));
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("c"), new Incremented(4));
        await session.SaveChangesAsync();

        Assert.Equal((4L, 2L), (await CounterTotalsProjection.ReadAsync(store.DataSource, "inline_totals"))[id]);

        var failing = store.OpenSession();
        failing.Append(id, 2, new Incremented(100));
        var conflicting = store.OpenSession();
        conflicting.Append(id, 2, new Incremented(1));
        await conflicting.SaveChangesAsync();
        await Assert.ThrowsAsync<ConcurrencyException>(() => failing.SaveChangesAsync());

        Assert.Equal((5L, 3L), (await CounterTotalsProjection.ReadAsync(store.DataSource, "inline_totals"))[id]);
    }

    [Fact]
    public async Task A_failing_inline_projection_fails_the_append()
    {
        var projection = new CounterTotalsProjection("strict_totals", "strict_totals") { PoisonIncrement = 13 };
        var store = await TestStores.CreateAsync(database.DataSource, o => o.Projections.Add(projection, ProjectionLifecycle.Inline));
        var id = Guid.NewGuid();
        var session = store.OpenSession();
        session.StartStream(id, "counter", new CounterStarted("c"), new Incremented(13));

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync());

        await Assert.ThrowsAsync<UnknownStreamException>(() => store.FetchStreamAsync(id));
    }
}
