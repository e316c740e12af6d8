using System.Text.RegularExpressions;
using AgreementTracker.TestSupport;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Benchmarks;

/// <summary>What loading one page took, over several loads: time to its content, time to the first answer from /graphql, and the scripts it loaded.</summary>
internal sealed record PageLoads(PageUnderTest Page, LatencySamples Ready, LatencySamples FirstAnswer, IReadOnlyList<string> Scripts)
{
    /// <summary>
    /// Opens the page <paramref name="loads"/> times (after one load to warm up) in one signed-in tab with the HTTP cache
    /// off, as on a first visit. Ready is navigation start to the ready element shown, in the page's own clock
    /// (<c>performance.now()</c> read when Playwright sees it, which adds its polling of a few ms).
    /// </summary>
    public static async Task<PageLoads> MeasureAsync(IPage page, PageUnderTest target, int loads)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        var scripts = new HashSet<string>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "script")
                scripts.Add(response.Url);
        };
        var ready = new List<double>();
        var firstAnswer = new List<double>();
        for (var load = 0; load <= loads; load++)
        {
            await page.GotoAsync(target.Path, new() { WaitUntil = WaitUntilState.Commit });
            await target.Ready(page).WaitForAsync(new() { Timeout = 30_000 });
            var readyAt = await page.EvaluateAsync<double>("performance.now()");
            var answeredAt = await page.EvaluateAsync<double>(
                "performance.getEntriesByType('resource').filter(e => e.name.endsWith('/graphql')).map(e => e.responseEnd).sort((a, b) => a - b)[0] ?? -1");
            // Scripts loaded after the content (a chart's library) still count towards what the page ships.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            if (load == 0)
                continue;
            ready.Add(readyAt);
            firstAnswer.Add(answeredAt);
        }
        return new PageLoads(target, new LatencySamples(ready), new LatencySamples(firstAnswer), scripts.Order().ToList());
    }

    public static PageUnderTest Overview() =>
        new("Overblik", "koordinator", "/", "heading \"Alle aftaler\"", p => p.GetByRole(AriaRole.Heading, new() { Name = "Alle aftaler" }));

    public static PageUnderTest Agreement(string id) =>
        new("Aftale", "koordinator", $"/aftaler/{id}", "table \"Parter\"", p => p.GetByRole(AriaRole.Table, new() { Name = "Parter", Exact = true }));

    public static PageUnderTest Municipality() =>
        new("Kommunens side", "aalborg", "/", "table \"KPI'er i organisationens aftaler\"",
            p => p.GetByRole(AriaRole.Table, new() { Name = "KPI'er i organisationens aftaler", Exact = true }));

    public static PageUnderTest Organisations() =>
        new("Organisationer", "koordinator", "/organisationer", "table \"Organisationer\"",
            p => p.GetByRole(AriaRole.Table, new() { Name = "Organisationer", Exact = true }));

    public static PageUnderTest Audit(string id) =>
        new("Revision", "revisor", $"/revision/{id}", "table \"Tidslinje\"", p => p.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Tidslinje$") }));
}
