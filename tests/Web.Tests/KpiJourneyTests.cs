using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A business officer in Aalborg sees whether a KPI the municipality pays for is on track: a chart, and its figures in a table beside it.</summary>
[Collection(nameof(DemoSite))]
public sealed class KpiJourneyTests(DemoSite site)
{
    [Fact]
    public async Task The_municipality_reads_a_KPIs_chart_and_the_table_of_its_figures()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("aalborg");

        await page.GetByRole(AriaRole.Region, new() { Name = "Aftaler", Exact = true }).GetByRole(AriaRole.Link, new() { Name = agreement.Title }).ClickAsync();

        var chart = page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Graf over ") }).First;
        await Expect(chart).ToBeVisibleAsync();
        var kpi = (await chart.GetAttributeAsync("aria-label"))!["Graf over ".Length..].Split(':')[0];
        var figures = page.GetByRole(AriaRole.Region, new() { Name = $"Tal for {kpi}", Exact = true });
        await Expect(figures.GetByRole(AriaRole.Columnheader, new() { Name = "Forventet" })).ToBeVisibleAsync();
        Assert.True(await figures.GetByRole(AriaRole.Row).CountAsync() > 1);
    }

    [Fact]
    public async Task Every_chart_has_the_table_of_all_its_figures_beside_it()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var measured = (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { kpis { name series { period } } } }", new { id = agreement.Id }))
            .ShouldSucceed().At("agreement.kpis").EnumerateArray()
            .Where(k => k.GetProperty("series").GetArrayLength() > 0)
            .ToDictionary(k => k.GetProperty("name").GetString()!, k => k.GetProperty("series").GetArrayLength());
        var page = await site.SignInAsync("aalborg");
        await page.GotoAsync($"/aftaler/{agreement.Id}");

        var charts = page.Locator(".kpi-chart");
        await Expect(charts).ToHaveCountAsync(measured.Count);
        foreach (var chart in await charts.AllAsync())
        {
            var kpi = (await chart.GetByRole(AriaRole.Img).GetAttributeAsync("aria-label"))!["Graf over ".Length..].Split(':')[0];
            var figures = chart.GetByRole(AriaRole.Region, new() { Name = $"Tal for {kpi}", Exact = true });
            await Expect(figures.Locator("tbody tr")).ToHaveCountAsync(measured[kpi]);
        }
    }
}
