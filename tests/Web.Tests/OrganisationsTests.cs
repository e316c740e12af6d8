using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>The registry with its renames and mergers, and an organisation's page for those who may open it.</summary>
[Collection(nameof(DemoSite))]
public sealed class OrganisationsTests(DemoSite site)
{
    [Fact]
    public async Task Staff_find_every_organisation_with_its_former_names_and_mergers()
    {
        var renamed = (await site.Server.GraphQLAsync("{ organisations(first: 200) { nodes { name formerNames mergedInto { name } } } }"))
            .ShouldSucceed().At("organisations.nodes").EnumerateArray().ToList();
        var (name, formerName) = renamed.Where(o => o.GetProperty("formerNames").GetArrayLength() > 0)
            .Select(o => (o.GetProperty("name").GetString()!, o.GetProperty("formerNames")[0].GetString()!)).First();
        var page = await site.SignInAsync("koordinator");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = "Organisationer" }).ClickAsync();

        var registry = page.GetByRole(AriaRole.Region, new() { Name = "Organisationer", Exact = true });
        await Expect(registry.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = name, Exact = true }) })).ToContainTextAsync(formerName);
        if (renamed.Any(o => o.GetProperty("mergedInto").ValueKind == System.Text.Json.JsonValueKind.Object))
            await Expect(registry.GetByText("Ind i ").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_who_opens_another_organisations_page_is_told_plainly_why_not()
    {
        var other = await DemoAgreements.OrganisationIdAsync(site.Server, "Hjørring Kommune");
        var page = await site.SignInAsync("aalborg");

        await page.GotoAsync($"/organisationer/{other}");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Du kan kun se porteføljen for din egen organisation.");
    }
}
