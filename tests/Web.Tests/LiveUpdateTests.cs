using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>A colleague's change arrives live: an open agreement page listens to the agreement's changes (the <c>agreementChanged</c> subscription).</summary>
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
        var subscribed = SubscribedAsync(municipality);
        await municipality.GotoAsync($"/aftaler/{agreement.Id}");
        await municipality.GetByRole(AriaRole.Region, new() { Name = "Mødelog" }).WaitForAsync();
        await subscribed;
        await municipality.EvaluateAsync("() => { window.notReloaded = true; }");

        await form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }).ClickAsync();

        await Expect(municipality.GetByText("Opdateret lige nu:")).ToContainTextAsync($"{title} blev afholdt");
        await Expect(municipality.GetByRole(AriaRole.Region, new() { Name = "Mødelog" })).ToContainTextAsync(title);
        Assert.True(await municipality.EvaluateAsync<bool>("() => window.notReloaded === true"), "The municipality's page was reloaded.");
    }

    /// <summary>
    /// When the page has asked for the agreement's changes: graphql-ws sends the subscription once the server has
    /// accepted the connection, and the server listens from the moment it reads it.
    /// </summary>
    private static Task SubscribedAsync(IPage page)
    {
        var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text?.Contains("\"type\":\"subscribe\"", StringComparison.Ordinal) == true)
                subscribed.TrySetResult();
        };
        return subscribed.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
