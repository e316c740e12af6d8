using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A page, or a part of one, that a user may not open says so plainly in Danish, instead of showing nothing.</summary>
[Collection(nameof(DemoSite))]
public sealed class NoAccessTests(DemoSite site)
{
    [Fact]
    public async Task A_member_who_opens_an_agreement_their_organisation_is_not_party_to_is_told_it_is_not_there_for_them()
    {
        var other = await DemoAgreements.NotPartyToAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("aalborg");

        await page.GotoAsync($"/aftaler/{other.Id}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siden findes ikke");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Der er ingen side på denne adresse, eller du har ikke adgang til den.");
        await Expect(page.GetByText(other.Title)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_member_who_opens_another_organisations_page_is_told_under_a_heading_that_it_is_not_theirs_to_see()
    {
        var other = await DemoAgreements.OrganisationIdAsync(site.Server, "Hjørring Kommune");
        var page = await site.SignInAsync("aalborg");

        await page.GotoAsync($"/organisationer/{other}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ingen adgang til organisationens side");
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Alert)).ToContainTextAsync("Du kan kun se porteføljen for din egen organisation.");
    }

    [Fact]
    public async Task A_member_on_their_agreements_history_is_told_that_the_integrity_proof_is_for_staff_and_auditors()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("aalborg");
        await page.GotoAsync($"/revision/{agreement.Id}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kontrollér historikken" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Integritet" }).GetByRole(AriaRole.Alert))
            .ToHaveTextAsync("Kun BRN's koordinatorer og revisorer kan efterprøve hele historikken, da den omfatter alle aftaler.");
    }

    [Fact]
    public async Task An_administrator_is_told_that_agreements_are_not_theirs_to_see()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("administrator");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ingen aftaler at vise");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Som administrator holder du brugere og roller ved lige; du ser og ændrer ikke aftaler.");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Siden findes ikke");
    }
}
