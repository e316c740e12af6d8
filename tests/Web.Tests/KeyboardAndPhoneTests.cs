using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AgreementTracker.Web.Tests;

/// <summary>Every journey can be done with the keyboard alone, and every page reads on a 375-pixel-wide phone.</summary>
[Collection(nameof(DemoSite))]
public sealed class KeyboardAndPhoneTests(DemoSite site)
{
    /// <summary>More Tab presses than any page of ours has stops before its last control.</summary>
    private const int MostTabStops = 400;

    [Fact]
    public async Task The_first_tab_stop_skips_to_the_content()
    {
        var page = await site.SignInAsync("aalborg");
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gå til sidens indhold" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Staff_log_a_meeting_with_the_keyboard_alone()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var title = $"Tastaturmøde {Guid.NewGuid():N}"[..22];
        var page = await site.SignInAsync("koordinator");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });
        await form.WaitForAsync();

        await TabToAsync(page, form.GetByLabel("Titel", new() { Exact = true }));
        await page.Keyboard.TypeAsync(title);
        await TabToAsync(page, form.GetByLabel("Navn", new() { Exact = true }));
        await page.Keyboard.TypeAsync("Mette Jensen");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText($"Mødet \"{title}\" er logget.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_accepts_an_amendment_with_the_keyboard_alone()
    {
        var agreement = await DemoAgreements.SignedAsync(site.Server, $"Tastaturændring {Guid.NewGuid():N}"[..24], "Aalborg Kommune", "Hjørring Kommune");
        var amendedTitle = $"{agreement.Title} (ændret)";
        await DemoAgreements.ProposeTitleAsync(site.Server, agreement.Id, "Hjørring Kommune", "Ny titel", amendedTitle);
        var page = await site.SignInAsync("aalborg");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Tag stilling til ændringen" }).WaitForAsync();

        await TabToAsync(page, page.GetByLabel("Begrundelse (frivilligt)", new() { Exact = true }));
        await page.Keyboard.TypeAsync("Godkendt i byrådet");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Acceptér ændringen" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(amendedTitle);
    }

    [Fact]
    public async Task Staff_type_a_meetings_date_with_the_keyboard_alone()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var heldOn = await DemoAgreements.StartAsync(site.Server, agreement.Id);
        var title = $"Tastaturdato {Guid.NewGuid():N}"[..22];
        var page = await site.SignInAsync("koordinator");
        await page.GotoAsync($"/aftaler/{agreement.Id}");
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Log et møde" });
        await form.WaitForAsync();

        await TabToAsync(page, form.GetByLabel("Titel", new() { Exact = true }));
        await page.Keyboard.TypeAsync(title);
        await page.Keyboard.PressAsync("Tab");
        await Expect(DateFields.Of(form, "Afholdt den").GetByLabel("Dag", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(heldOn.Day.ToString());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(heldOn.Month.ToString());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(heldOn.Year.ToString());
        await TabToAsync(page, form.GetByLabel("Navn", new() { Exact = true }));
        await page.Keyboard.TypeAsync("Mette Jensen");
        await TabToAsync(page, form.GetByRole(AriaRole.Button, new() { Name = "Log mødet" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Mødelog" }).GetByRole(AriaRole.Row).Filter(new() { HasText = title }))
            .ToContainTextAsync(heldOn.ToString("dd-MM-yyyy"));
    }

    [Fact]
    public async Task The_municipality_reaches_a_KPIs_figures_from_its_own_page_with_the_keyboard_alone()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync("aalborg");
        var link = page.GetByRole(AriaRole.Region, new() { Name = "Aftaler", Exact = true }).GetByRole(AriaRole.Link, new() { Name = agreement.Title });
        await link.WaitForAsync();

        await TabToAsync(page, link);
        await page.Keyboard.PressAsync("Enter");
        var chart = page.GetByRole(AriaRole.Img, new() { NameRegex = new("^Graf over ") }).First;
        await chart.WaitForAsync();
        var kpi = (await chart.GetAttributeAsync("aria-label"))!["Graf over ".Length..].Split(':')[0];
        var figures = page.GetByRole(AriaRole.Region, new() { Name = $"Tal for {kpi}", Exact = true });
        await TabToAsync(page, figures);

        await Expect(figures).ToBeFocusedAsync();
        await Expect(figures.GetByRole(AriaRole.Columnheader, new() { Name = "Forventet" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_auditor_steps_back_to_the_day_before_a_correction_with_the_keyboard_alone()
    {
        var correction = await DemoAgreements.CorrectionAsync(site.Server);
        var dayBefore = correction.CorrectedOn.AddDays(-1);
        var page = await site.SignInAsync("revisor");
        await page.GotoAsync($"/aftaler/{correction.AgreementId}");
        var revision = page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Revision") });
        await revision.WaitForAsync();

        await TabToAsync(page, revision);
        await page.Keyboard.PressAsync("Enter");
        var asOf = page.GetByRole(AriaRole.Region, new() { Name = "Aftalen på en bestemt dag" });
        var day = DateFields.Of(asOf, "Dato").GetByLabel("Dag", new() { Exact = true });
        await day.WaitForAsync();
        await TabToAsync(page, day);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(dayBefore.Day.ToString());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(dayBefore.Month.ToString());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(dayBefore.Year.ToString());
        await TabToAsync(page, asOf.GetByRole(AriaRole.Button, new() { Name = "Vis aftalen den dag" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(asOf.GetByRole(AriaRole.Row).Filter(new() { HasText = correction.Kpi }))
            .ToContainTextAsync($"{correction.Period}: {DemoAgreements.Danish(correction.Original)}");
    }

    [Theory]
    [InlineData("aalborg", "/")]
    [InlineData("aalborg", "/aftaler/{agreement}")]
    [InlineData("koordinator", "/")]
    [InlineData("koordinator", "/aftaler/{agreement}")]
    [InlineData("koordinator", "/organisationer")]
    [InlineData("koordinator", "/organisationer/{aalborg}")]
    [InlineData("revisor", "/")]
    [InlineData("revisor", "/revision/{agreement}")]
    public async Task Every_page_fits_a_phone_without_sideways_scrolling(string user, string path)
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var aalborg = await DemoAgreements.OrganisationIdAsync(site.Server, "Aalborg Kommune");
        var page = await site.SignInAsync(user, width: 375);

        await page.GotoAsync(path.Replace("{agreement}", agreement.Id).Replace("{aalborg}", aalborg));
        // Every page shows its answer in a table at least; the charts load after it.
        await page.GetByRole(AriaRole.Table).First.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            $"{user}'s {path} is wider than the phone: {await page.EvaluateAsync<int>("document.documentElement.scrollWidth")} px");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus, as a keyboard user moves through the page.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var stop = 0; stop < MostTabStops; stop++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{target} cannot be reached with Tab.");
    }
}
