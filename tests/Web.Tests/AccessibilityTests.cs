using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>WCAG 2.1 AA, which Danish law asks of public-sector sites: axe-core finds no violation on any page.</summary>
[Collection(nameof(DemoSite))]
public sealed class AccessibilityTests(DemoSite site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task The_page_before_sign_in_has_no_violations()
    {
        var page = await (await site.Browser.NewContextAsync(new() { BaseURL = site.Server.Url })).NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).WaitForAsync();
        await NoViolationsAsync(page);
    }

    [Fact]
    public async Task The_staff_overview_and_an_agreement_have_no_violations()
    {
        var page = await site.SignInAsync("koordinator");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Alle aftaler" }).WaitForAsync();
        await NoViolationsAsync(page);
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Log et møde" }).WaitForAsync();
        await NoViolationsAsync(page);
    }

    [Fact]
    public async Task The_municipality_page_and_the_registry_have_no_violations()
    {
        var page = await site.SignInAsync("aalborg");
        await page.GetByRole(AriaRole.Heading, new() { Name = "KPI-opfyldelse" }).WaitForAsync();
        await NoViolationsAsync(page);
        await page.GotoAsync("/organisationer");
        await page.GetByRole(AriaRole.Region, new() { Name = "Organisationer", Exact = true }).WaitForAsync();
        await NoViolationsAsync(page);
    }

    [Fact]
    public async Task The_auditors_page_has_no_violations_with_its_answers_shown()
    {
        var correction = await DemoAgreements.CorrectionAsync(site.Server);
        var page = await site.SignInAsync("revisor");
        await page.GotoAsync($"/revision/{correction.AgreementId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis aftalen den dag" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis ændringerne" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér historikken" }).ClickAsync();
        await page.GetByText("Historikken er intakt").WaitForAsync();
        await NoViolationsAsync(page);
    }

    private static async Task NoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Violations.Length == 0,
            $"{page.Url}:\n" + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
