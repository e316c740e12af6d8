using AgreementTracker.TestSupport;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>The staff overview: each attention list and the list of all agreements count every match the server finds, a page at a time.</summary>
[Collection(nameof(DemoSite))]
public sealed class OverviewTests(DemoSite site)
{
    [Theory]
    [InlineData("KPI'er i risiko eller bagud", "kpiStatusIn: [AT_RISK, OFF_TRACK]")]
    [InlineData("Forfaldne betalinger", "paymentOverdue: true")]
    [InlineData("Møder bagud i forhold til aftalt kadence", "meetingsBehind: true")]
    [InlineData("Tillæg der venter på accept", "amendmentAwaitingAcceptance: true")]
    public async Task An_attention_list_counts_every_agreement_in_force_the_server_finds_and_shows_ten_at_first(string title, string filter)
    {
        var total = await TotalAsync($"status: IN_FORCE, {filter}");
        var page = await site.SignInAsync("koordinator");

        var list = page.GetByRole(AriaRole.Region, new() { Name = title });

        await list.GetByRole(AriaRole.Heading, new() { Name = $"{title} {total}" }).WaitForAsync();
        await list.GetByText(total == 0 ? "Ingen lige nu." : $"Viser {Math.Min(10, total)} af {total} aftaler.").WaitForAsync();
        Assert.Equal(Math.Min(10, total), await list.GetByRole(AriaRole.Listitem).CountAsync());
    }

    [Fact]
    public async Task The_list_of_all_agreements_counts_them_all_and_shows_the_first_25()
    {
        var total = await TotalAsync("");
        var page = await site.SignInAsync("koordinator");
        var table = page.GetByRole(AriaRole.Region, new() { Name = "Aftaler", Exact = true });

        await page.GetByText($"Viser {Math.Min(25, total)} af {total} aftaler.").WaitForAsync();
        Assert.Equal(Math.Min(25, total), await table.Locator("tbody tr").CountAsync());
    }

    private async Task<int> TotalAsync(string filter) =>
        (await site.Server.GraphQLAsync($"{{ agreements(filter: {{ {filter} }}) {{ totalCount }} }}")).ShouldSucceed().At("agreements.totalCount").GetInt32();
}
