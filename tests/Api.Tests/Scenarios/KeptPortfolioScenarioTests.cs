using AgreementTracker.ReadModels.Kept;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>
/// A municipality's portfolio is kept between reads on each node, and every committed change, on this node or another,
/// makes the next reads see it.
/// </summary>
public sealed class KeptPortfolioScenarioTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string CommittedTotal = """
        query($id: ID!) { organisation(id: $id) { portfolio { committedTotal ledger(first: 5) { totalCount nodes { committed } } } } }
        """;

    [Fact]
    public async Task Read_again_the_portfolio_is_kept_and_a_change_on_the_same_node_shows_in_the_very_next_read()
    {
        await using var host = await ServerHost.StartAsync(database);
        var staff = StaffActions.ForNextStory(host);
        var (aalborg, _, agreement) = await staff.SignedAgreementAsync();
        var heard = host.Services.GetRequiredService<HeardChanges>();
        var before = heard.Generation;
        await staff.CommitAsync(agreement, aalborg, "250000");
        // Heard three times: as this node commits it, then in PostgreSQL's two announcements (the stream's, then the read
        // models'), so none of them can arrive between the reads below and forget what the first keeps.
        await WhenAsync(() => heard.Generation >= before + 3, "the node never heard both announcements of its own change");
        Assert.Equal(250000m, await CommittedAsync(host, aalborg));

        await AlterLedgerBehindTheServersBackAsync(host, aalborg, 1m);
        Assert.Equal(250000m, await CommittedAsync(host, aalborg));

        await staff.CommitAsync(agreement, aalborg, "50000");
        Assert.Equal(300000m, await CommittedAsync(host, aalborg));
    }

    [Fact]
    public async Task A_change_committed_on_another_node_shows_once_its_announcement_arrives()
    {
        await using var first = await ServerHost.StartAsync(database);
        await using var second = await ServerHost.StartOnAsync(first.ConnectionString, first.Clock);
        var (aalborg, _, agreement) = await StaffActions.ForNextStory(first).SignedAgreementAsync();
        await StaffActions.ForNextStory(first).CommitAsync(agreement, aalborg, "250000");
        Assert.Equal(250000m, await CommittedAsync(first, aalborg));

        await StaffActions.ForNextStory(second).CommitAsync(agreement, aalborg, "50000");

        await WhenAsync(async () => await CommittedAsync(first, aalborg) == 300000m, "the first node never heard of the second node's change");
    }

    private static Task WhenAsync(Func<bool> condition, string failure) => WhenAsync(() => Task.FromResult(condition()), failure);

    private static async Task WhenAsync(Func<Task<bool>> condition, string failure)
    {
        var waited = TimeSpan.Zero;
        while (!await condition())
        {
            Assert.True(waited < TimeSpan.FromSeconds(30), failure);
            await Task.Delay(50);
            waited += TimeSpan.FromMilliseconds(50);
        }
    }

    private static async Task<decimal> CommittedAsync(ServerHost host, string organisation)
    {
        var answer = (await host.GraphQLAsync(CommittedTotal, new { id = organisation })).ShouldSucceed();
        var total = answer.At("organisation.portfolio.committedTotal").GetDecimal();
        var lines = answer.At("organisation.portfolio.ledger.nodes").EnumerateArray().Sum(l => l.GetProperty("committed").GetDecimal());
        Assert.Equal(total, lines);
        return total;
    }

    /// <summary>A write that announces nothing (as no part of the product does): a kept portfolio does not see it.</summary>
    private static async Task AlterLedgerBehindTheServersBackAsync(ServerHost host, string organisation, decimal committed)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE agreement_ledger SET committed = $1 WHERE party_id = $2", connection)
        {
            Parameters = { new() { Value = committed }, new() { Value = Guid.Parse(organisation) } },
        };
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }
}
