using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A municipality signs a new agreement for itself, and only for itself.</summary>
[Collection(nameof(DemoSite))]
public sealed class SigningTests(DemoSite site)
{
    [Fact]
    public async Task A_member_signs_for_their_own_organisation_and_the_parties_show_it()
    {
        var aalborg = await DemoAgreements.OrganisationIdAsync(site.Server, "Aalborg Kommune");
        var hjoerring = await DemoAgreements.OrganisationIdAsync(site.Server, "Hjørring Kommune");
        // A period far ahead, so that the draft may be signed on whatever day the test runs.
        var draft = (await site.Server.GraphQLAsync($$"""
            mutation { draftAgreement(input: { title: "Underskriftsprøve {{Guid.NewGuid():N}}", kind: PROJECT_AGREEMENT, purpose: "Afprøvning",
              start: "2040-01-01", end: "2041-12-31", parties: [{ organisationId: "{{aalborg}}", role: PARTNER }, { organisationId: "{{hjoerring}}", role: PARTNER }] }) { createdId } }
            """)).ShouldSucceed().String("draftAgreement.createdId");
        var page = await site.SignInAsync("aalborg");
        await page.GotoAsync($"/aftaler/{draft}");

        var signer = page.GetByLabel("Underskriver for");
        await Expect(signer.Locator("option")).ToHaveTextAsync(["Aalborg Kommune"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Underskriv", Exact = true }).ClickAsync();

        await Expect(page.GetByText("Aftalen er underskrevet for Aalborg Kommune.")).ToBeVisibleAsync();
        var parties = page.GetByRole(AriaRole.Region, new() { Name = "Parter", Exact = true });
        await Expect(parties.GetByRole(AriaRole.Row).Filter(new() { HasText = "Aalborg Kommune" })).Not.ToContainTextAsync("Ikke underskrevet");
        await Expect(parties.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hjørring Kommune" })).ToContainTextAsync("Ikke underskrevet");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Underskriv", Exact = true })).ToHaveCountAsync(0);
    }
}
