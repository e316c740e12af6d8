using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A consultant at BRN logs a meeting between two other tasks, and the municipality sees it on its agreement.</summary>
[Collection(nameof(DemoSite))]
public sealed class MeetingJourneyTests(DemoSite site)
{
    [Fact]
    public async Task Staff_log_a_meeting_and_the_municipality_finds_it_from_its_own_page()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var title = $"Koordinationsmøde {Guid.NewGuid():N}"[..26];
        var staff = await site.SignInAsync("koordinator");

        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync("Mette Jensen");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        await Expect(staff.GetByText($"Mødet \"{title}\" er logget.")).ToBeVisibleAsync();
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Mødelog" })).ToContainTextAsync(title);
        var municipality = await site.SignInAsync("aalborg");
        await Expect(municipality.GetByRole(AriaRole.Heading, new() { Name = "Aalborg Kommune", Level = 1 })).ToBeVisibleAsync();
        await municipality.GetByRole(AriaRole.Region, new() { Name = "Aftaler", Exact = true }).GetByRole(AriaRole.Link, new() { Name = agreement.Title }).ClickAsync();
        await Expect(municipality.GetByRole(AriaRole.Region, new() { Name = "Mødelog" })).ToContainTextAsync(title);
        await Expect(municipality.GetByRole(AriaRole.Button, new() { Name = "Log mødet" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_meeting_without_a_title_is_refused_in_the_error_summary_with_the_field_marked_and_nothing_logged()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        await staff.GetByRole(AriaRole.Heading, new() { Name = "Log et møde" }).WaitForAsync();
        var meetings = await staff.GetByRole(AriaRole.Region, new() { Name = "Mødelog" }).GetByRole(AriaRole.Row).CountAsync();

        await staff.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        var summary = staff.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("Mødets titel skal udfyldes.");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var titleField = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" }).GetByLabel("Titel", new() { Exact = true });
        await Expect(titleField).ToBeFocusedAsync();
        await Expect(titleField).ToHaveAttributeAsync("aria-invalid", "true");
        await staff.ReloadAsync();
        await Expect(staff.GetByRole(AriaRole.Region, new() { Name = "Mødelog" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(meetings);
    }

    [Fact]
    public async Task A_held_meeting_without_an_attendee_is_refused_in_the_error_summary_with_the_name_marked_and_nothing_logged()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var title = $"Møde uden deltagere {Guid.NewGuid():N}"[..28];
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });
        var name = form.GetByLabel("Navn", new() { Exact = true });
        await Expect(name).ToHaveAccessibleDescriptionAsync("Et afholdt møde skal have mindst én deltager. Skriv navnet på en af dem, der deltog.");

        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync($"Hvem deltog i '{title}'? Et afholdt møde skal have mindst én deltager.");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(name).ToBeFocusedAsync();
        await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
        var meetings = (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { meetings { title } } }", new { id = agreement.Id }))
            .ShouldSucceed().At("agreement.meetings").EnumerateArray();
        Assert.DoesNotContain(meetings, m => m.GetProperty("title").GetString() == title);
    }
}
