using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.TestSupport;
using static AgreementTracker.Agreements.Tests.Changes.ChangeServer;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>A client's idempotency key, scoped to the caller: a retry after a lost answer is answered, not done again.</summary>
public sealed class IdempotencyKeyTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Repeating_a_key_returns_the_first_answer_and_writes_nothing()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        var addAalborg = Staff with { IdempotencyKey = "tilføj-aalborg" };
        var first = await server.ChangeAsync(addAalborg, new AddParty(id, Aalborg, PartyRole.Partner));
        await server.ChangeAsync(Staff, new AddParty(id, EnergyCluster, PartyRole.Partner));
        var before = await server.WrittenAsync();

        var repeat = await server.ChangeAsync(addAalborg, new AddParty(id, Aalborg, PartyRole.Partner));

        Assert.False(first.Repeated);
        Assert.True(repeat.Repeated);
        Assert.Equal((first.StreamId, first.PreviousVersion, first.Version), (repeat.StreamId, repeat.PreviousVersion, repeat.Version));
        Assert.Equal([Aalborg], repeat.State.Parties.Select(p => p.Organisation));
        Assert.Equal(before, await server.WrittenAsync());
    }

    [Fact]
    public async Task The_same_key_from_another_actor_is_a_new_command()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        await server.ChangeAsync(Staff with { IdempotencyKey = "part" }, new AddParty(id, Aalborg, PartyRole.Partner));

        var other = await server.ChangeAsync(Staff with { Actor = "bo@brn.dk", IdempotencyKey = "part" }, new AddParty(id, EnergyCluster, PartyRole.Partner));

        Assert.False(other.Repeated);
        Assert.Equal((2L, 3L), (other.PreviousVersion, other.Version));
        Assert.Equal([Aalborg, EnergyCluster], other.State.Parties.Select(p => p.Organisation));
        Assert.Equal("bo@brn.dk", (await server.EventsOfAsync(id.Value))[^1].UserName);
    }

    [Fact]
    public async Task A_key_reused_for_another_agreement_is_a_conflict_and_writes_nothing()
    {
        await using var server = await StartAsync(database);
        await server.ChangeAsync(Staff with { IdempotencyKey = "udkast" }, Draft(new AgreementId(Guid.NewGuid())));
        var second = new AgreementId(Guid.NewGuid());
        var before = await server.WrittenAsync();

        var conflict = await Assert.ThrowsAsync<CommandConflictException>(() => server.ChangeAsync(Staff with { IdempotencyKey = "udkast" }, Draft(second)));

        Assert.Equal(second.Value, conflict.StreamId);
        Assert.Contains("Idempotensnøglen", conflict.Message);
        Assert.Equal(before, await server.WrittenAsync());
        Assert.Empty(await server.EventsOfAsync(second.Value));
    }

    [Fact]
    public async Task Two_identical_keyed_requests_at_once_make_one_change_and_both_are_answered_with_it()
    {
        await using var server = await StartAsync(database);
        var agreements = new List<AgreementId>();
        for (var i = 0; i < 5; i++)
            agreements.Add(await server.DraftedAsync());
        var before = await server.WrittenAsync();

        var answers = await Task.WhenAll(agreements.SelectMany(id => Enumerable.Repeat(id, 2)).Select(id =>
            server.ChangeAsync(Staff with { IdempotencyKey = $"aalborg-{id}" }, new AddParty(id, Aalborg, PartyRole.Partner))));

        Assert.All(answers.GroupBy(a => a.StreamId), pair =>
        {
            Assert.Equal([(1L, 2L)], pair.Select(a => (a.PreviousVersion, a.Version)).Distinct());
            Assert.Equal([false, true], pair.Select(a => a.Repeated).Order());
        });
        var after = await server.WrittenAsync();
        Assert.Equal((before.Events + 5, before.Receipts + 5), (after.Events, after.Receipts));
    }
}
