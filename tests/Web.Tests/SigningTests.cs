using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A municipality signs a new agreement for itself, and only for itself, and not ahead of the day.</summary>
[Collection(nameof(DemoSite))]
public sealed class SigningTests(DemoSite site)
{
    [Fact]
    public async Task A_member_signs_for_their_own_organisation_and_the_parties_show_it()
    {
        var draft = await DemoAgreements.DraftAsync(site.Server, $"Underskriftsprøve {Guid.NewGuid():N}", "Aalborg Kommune", "Hjørring Kommune");
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

    [Fact]
    public async Task A_signature_dated_in_the_future_is_refused_with_the_date_marked_and_nothing_signed()
    {
        var draft = await DemoAgreements.DraftAsync(site.Server, $"Underskriftsprøve {Guid.NewGuid():N}", "Aalborg Kommune", "Hjørring Kommune");
        // A week ahead of the server's clock, which is the real one in these tests.
        var nextWeek = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);
        var page = await site.SignInAsync("aalborg");
        await page.GotoAsync($"/aftaler/{draft}");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Underskriv aftalen" });

        await DateFields.FillAsync(form, "Underskrevet den", nextWeek);
        await form.GetByRole(AriaRole.Button, new() { Name = "Underskriv", Exact = true }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync($"Underskriftsdatoen kan ikke ligge i fremtiden. {nextWeek:dd-MM-yyyy} er efter i dag.");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var day = DateFields.Of(form, "Underskrevet den").GetByLabel("Dag", new() { Exact = true });
        await Expect(day).ToBeFocusedAsync();
        await Expect(day).ToHaveAttributeAsync("aria-invalid", "true");
        var parties = (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { parties { signedOn } } }", new { id = draft }))
            .ShouldSucceed().At("agreement.parties").EnumerateArray();
        Assert.All(parties, p => Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("signedOn").ValueKind));
    }
}
