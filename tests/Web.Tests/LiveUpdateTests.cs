using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>
/// A colleague's change arrives live: an open agreement page, and an organisation's own page, listen to the changes of
/// the agreements they show (the <c>agreementChanged</c> subscription).
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class LiveUpdateTests(DemoSite site)
{
    [Fact]
    public async Task A_meeting_staff_log_appears_on_the_municipalitys_open_agreement_page_without_a_reload()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var title = $"Direkte møde {Guid.NewGuid():N}"[..22];
        var staff = await site.SignInAsync("koordinator");
        await staff.GotoAsync($"/aftaler/{agreement.Id}");
        var form = staff.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });
        await form.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await form.GetByLabel("Navn", new() { Exact = true }).FillAsync("Mette Jensen");
        var municipality = await site.SignInAsync("aalborg");
        var subscribed = SubscribedAsync(municipality, agreement.Id);
        await municipality.GotoAsync($"/aftaler/{agreement.Id}");
        await municipality.GetByRole(AriaRole.Region, new() { Name = "Mødelog" }).WaitForAsync();
        await subscribed;
        await municipality.EvaluateAsync("() => { window.notReloaded = true; }");

        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        await Expect(municipality.GetByText("Opdateret lige nu:")).ToContainTextAsync($"{title} blev afholdt");
        await Expect(municipality.GetByRole(AriaRole.Region, new() { Name = "Mødelog" })).ToContainTextAsync(title);
        Assert.True(await municipality.EvaluateAsync<bool>("() => window.notReloaded === true"), "The municipality's page was reloaded.");
    }

    [Fact]
    public async Task A_commitment_staff_register_appears_on_the_municipalitys_own_open_page_without_a_reload()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var municipality = await site.SignInAsync("aalborg");
        var subscribed = SubscribedAsync(municipality, agreement.Id);
        await municipality.GotoAsync("/");
        var committed = municipality.Locator("dt", new() { HasTextString = "Tilsagn i alt" }).Locator("xpath=following-sibling::dd");
        await committed.WaitForAsync();
        await subscribed;
        var before = decimal.Parse((await committed.TextContentAsync())!.Replace(" kr.", "", StringComparison.Ordinal), DemoAgreements.DanishNumbers);
        await municipality.EvaluateAsync("() => { window.notReloaded = true; }");

        await DemoAgreements.CommitAsync(site.Server, agreement.Id, "Aalborg Kommune", 1_234_567);

        await Expect(municipality.GetByText("Opdateret lige nu:")).ToContainTextAsync(agreement.Title);
        await Expect(committed).ToHaveTextAsync($"{DemoAgreements.Danish(before + 1_234_567)} kr.");
        Assert.True(await municipality.EvaluateAsync<bool>("() => window.notReloaded === true"), "The municipality's page was reloaded.");
    }

    /// <summary>
    /// When the page has asked for the agreement's changes: graphql-ws sends the subscription once the server has
    /// accepted the connection, and the server listens from the moment it reads it.
    /// </summary>
    private static Task SubscribedAsync(IPage page, string agreementId)
    {
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text is { } text && text.Contains("\"type\":\"subscribe\"", StringComparison.Ordinal) && text.Contains(agreementId, StringComparison.Ordinal))
                subscribed.TrySetResult();
        };
        return subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
