using AgreementTracker.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>DKFDS's date input: a date is typed as day, month and year whatever the browser's locale, and a day that does not exist is caught before it is sent.</summary>
[Collection(nameof(DemoSite))]
public sealed class DateInputTests(DemoSite site)
{
    [Fact]
    public async Task Staff_type_the_day_a_meeting_was_held_and_the_log_shows_it_as_dd_mm_yyyy()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var heldOn = await DemoAgreements.StartAsync(site.Server, agreement.Id);
        var title = $"Datomøde {Guid.NewGuid():N}"[..20];
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });

        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await DateFields.FillAsync(form, "Afholdt den", heldOn);
        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync("Mette Jensen");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        await Expect(form.GetByText($"Mødet \"{title}\" er logget.")).ToBeVisibleAsync();
        var log = staff.GetByRole(AriaRole.Region, new() { Name = "Mødelog" });
        await Expect(log.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync(heldOn.ToString("dd-MM-yyyy"));
    }

    [Fact]
    public async Task The_31st_of_February_is_refused_in_the_browser_with_the_date_marked_and_nothing_sent()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var meetings = await MeetingsAsync(agreement.Id);
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });

        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync("Mødet der ikke fandt sted");
        await DateFields.FillAsync(form, "Afholdt den", "31", "02", "2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        var summary = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Der er et problem" });
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync("31-02-2026 findes ikke i kalenderen");
        var date = DateFields.Of(form, "Afholdt den");
        await Expect(date).ToContainTextAsync("31-02-2026 findes ikke i kalenderen");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        var day = date.GetByLabel("Dag", new() { Exact = true });
        await Expect(day).ToBeFocusedAsync();
        await Expect(day).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal(meetings, await MeetingsAsync(agreement.Id));
    }

    [Fact]
    public async Task A_date_left_half_written_is_refused_in_Danish()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });

        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync("Halvt dateret møde");
        await DateFields.FillAsync(form, "Afholdt den", "15", "", "2026");
        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        await Expect(DateFields.Of(form, "Afholdt den")).ToContainTextAsync("Skriv datoen med dag, måned og år");
    }

    private async Task<int> MeetingsAsync(string agreementId) =>
        (await site.Server.GraphQLAsync("query($id: ID!) { agreement(id: $id) { meetings { id } } }", new { id = agreementId }))
            .ShouldSucceed().At("agreement.meetings").GetArrayLength();
}
