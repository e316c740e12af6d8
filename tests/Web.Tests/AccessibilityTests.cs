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
    public async Task The_page_before_sign_in_and_the_sign_in_page_have_no_violations_with_a_refusal_shown_too()
    {
        var page = await (await site.Browser.NewContextAsync(new() { BaseURL = site.Server.Url })).NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).WaitForAsync();
        await NoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByLabel("Brugernavn").WaitForAsync();
        await NoViolationsAsync(page);
        await page.GetByLabel("Brugernavn").FillAsync("koordinator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByText("Skriv din adgangskode.").WaitForAsync();
        await NoViolationsAsync(page);
    }

    [Fact]
    public async Task The_pages_that_say_no_have_no_violations()
    {
        var member = await site.SignInAsync("aalborg");
        await member.GotoAsync($"/organisationer/{await DemoAgreements.OrganisationIdAsync(site.Server, "Hjørring Kommune")}");
        await member.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang til organisationens side" }).WaitForAsync();
        await NoViolationsAsync(member);
        await member.GotoAsync($"/aftaler/{(await DemoAgreements.NotPartyToAsync(site.Server, "Aalborg Kommune")).Id}");
        await member.GetByRole(AriaRole.Heading, new() { Name = "Siden findes ikke" }).WaitForAsync();
        await NoViolationsAsync(member);
        var administrator = await site.SignInAsync("administrator");
        await administrator.GetByRole(AriaRole.Heading, new() { Name = "Ingen aftaler at vise" }).WaitForAsync();
        await NoViolationsAsync(administrator);
    }

    [Fact]
    public async Task A_members_agreement_page_with_the_forms_they_may_use_has_no_violations()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        await DemoAgreements.DefineKpiAsync(site.Server, agreement.Id, $"Tilgængelig KPI {Guid.NewGuid():N}"[..24], await DemoAgreements.OrganisationIdAsync(site.Server, "Aalborg Kommune"));
        var draft = await DemoAgreements.DraftAsync(site.Server, $"Tilgængelig underskrift {Guid.NewGuid():N}"[..32], "Aalborg Kommune", "Hjørring Kommune");
        var member = await site.SignInAsync("aalborg");
        await member.GotoAsync($"/aftaler/{agreement.Id}");
        await member.GetByRole(AriaRole.Heading, new() { Name = "Indrapportér en måling" }).WaitForAsync();
        await NoViolationsAsync(member);
        await member.GotoAsync($"/aftaler/{draft}");
        await member.GetByRole(AriaRole.Heading, new() { Name = "Underskriv aftalen" }).WaitForAsync();
        await NoViolationsAsync(member);
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
    public async Task The_amendment_forms_have_no_violations_with_a_refusal_shown_and_while_an_amendment_waits()
    {
        var agreement = await DemoAgreements.SignedAsync(site.Server, $"Tilgængelig ændring {Guid.NewGuid():N}"[..28], "Aalborg Kommune", "Hjørring Kommune");
        var page = await site.SignInAsync("koordinator");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        var proposal = page.GetByRole(AriaRole.Region, new() { Name = "Foreslå en ændring af aftalen" });
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Foreslå ændringen" }).ClickAsync();
        await proposal.GetByText("Der er et problem").WaitForAsync();
        await NoViolationsAsync(page);

        await DemoAgreements.ProposeTitleAsync(site.Server, agreement.Id, "Hjørring Kommune", "Ny titel", $"{agreement.Title} (ændret)");
        var member = await site.SignInAsync("aalborg");
        await member.GotoAsync($"/aftaler/{agreement.Id}");
        await member.GetByRole(AriaRole.Heading, new() { Name = "Tag stilling til ændringen" }).WaitForAsync();
        await NoViolationsAsync(member);
    }

    [Fact]
    public async Task A_refused_date_has_no_violations()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("koordinator");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });
        await DateFields.FillAsync(form, "Afholdt den", "31", "02", "2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();
        await form.GetByText("findes ikke i kalenderen").First.WaitForAsync();
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
