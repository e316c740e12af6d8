using AgreementTracker.Agreements.Changes;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.TestSupport;
using Marten;
using static AgreementTracker.Agreements.Tests.Changes.ChangeServer;

namespace AgreementTracker.Agreements.Tests.Changes;

/// <summary>What every node hears on PostgreSQL's <see cref="StreamChanges.Channel"/>: each committed change, once, and nothing of a refused one.</summary>
public sealed class StreamChangeAnnouncementTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_change_is_announced_when_it_commits_with_the_versions_it_appended()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        await using var listener = await StreamChangeListener.ListenAsync(server.Host.ConnectionString);

        var change = server.ChangeAsync(Staff, new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, EnergyCluster, PartyRole.Partner));
        var heard = await listener.NextAsync();
        await using var session = server.Store.QuerySession();
        var committed = await session.Events.FetchStreamStateAsync(id.Value);

        Assert.Equal(new StreamChanged(id.Value, 2, 3), heard);
        Assert.Equal(3, committed!.Version);
        Assert.Equal(3, (await change).Version);
    }

    [Fact]
    public async Task A_refused_change_announces_nothing()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        await using var listener = await StreamChangeListener.ListenAsync(server.Host.ConnectionString);

        await Assert.ThrowsAsync<CommandRefusedException>(() => server.ChangeAsync(Staff, new AddParty(id, Aalborg, PartyRole.Partner), new AddParty(id, Aalborg, PartyRole.Host)));
        await server.ChangeAsync(Staff, new AddParty(id, EnergyCluster, PartyRole.Partner));

        Assert.Equal(new StreamChanged(id.Value, 2, 2), await listener.NextAsync());
    }

    [Fact]
    public async Task Writers_decided_again_after_losing_a_race_announce_only_what_they_committed()
    {
        await using var server = await StartAsync(database);
        var id = await server.DraftedAsync();
        await using var listener = await StreamChangeListener.ListenAsync(server.Host.ConnectionString);

        await Task.WhenAll(Enumerable.Range(1, 10).Select(i => server.ChangeAsync(Staff, Meeting(id, i))));
        var heard = new List<StreamChanged>();
        for (var i = 0; i < 10; i++)
            heard.Add(await listener.NextAsync());
        await server.ChangeAsync(Staff, new AddParty(id, Aalborg, PartyRole.Partner));

        Assert.Equal(Enumerable.Range(2, 10).Select(v => new StreamChanged(id.Value, v, v)), heard);
        Assert.Equal(new StreamChanged(id.Value, 12, 12), await listener.NextAsync());
    }
}
