using System.Collections.Concurrent;
using AgreementTracker.Server.SignIn;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>
/// Opening a page leaves nothing in the browser's console: no failed request (a missing favicon included), no script
/// error, no refused policy. Each test has a Chromium of its own, so that the favicon is asked for as on a first visit.
/// </summary>
[Collection(nameof(DemoSite))]
public sealed class ConsoleTests(DemoSite site)
{
    [Fact]
    public async Task The_pages_before_sign_in_log_no_errors()
    {
        await using var browser = await site.LaunchBrowserAsync();
        var page = await site.NewPageAsync(browser);
        var errors = new ConcurrentQueue<string>();
        Listen(page, errors);

        await OpenAsync(page, "/", page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }));
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByLabel("Brugernavn").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(errors.IsEmpty, string.Join("\n", errors));
    }

    [Fact]
    public async Task GraphiQL_asks_the_API_nothing_before_sign_in_and_logs_no_errors_before_or_after()
    {
        await using var browser = await site.LaunchBrowserAsync();
        var page = await site.NewPageAsync(browser);
        var errors = new ConcurrentQueue<string>();
        Listen(page, errors);
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
                requests.Enqueue($"POST {request.Url}");
        };
        page.WebSocket += (_, socket) => requests.Enqueue($"WebSocket {socket.Url}");

        await OpenAsync(page, "/graphql", page.GetByText("Not signed in: sign in at the top, or paste a token into the Headers tab."));
        Assert.True(requests.IsEmpty, string.Join("\n", requests));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Brugernavn").FillAsync("koordinator");
        await page.GetByLabel("Adgangskode").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(errors.IsEmpty, string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_page_of_staff_and_of_auditors_logs_no_errors()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var aalborg = await DemoAgreements.OrganisationIdAsync(site.Server, "Aalborg Kommune");
        await using var browser = await site.LaunchBrowserAsync();
        var staff = await site.NewPageAsync(browser);
        var errors = new ConcurrentQueue<string>();
        Listen(staff, errors);
        await DemoBrowser.SignInAsync(staff, "koordinator");

        await OpenAsync(staff, "/", staff.GetByRole(AriaRole.Heading, new() { Name = "Alle aftaler" }));
        await OpenAsync(staff, $"/aftaler/{agreement.Id}", staff.GetByRole(AriaRole.Img, new() { NameRegex = new("^Graf over ") }).First);
        await OpenAsync(staff, "/organisationer", staff.GetByRole(AriaRole.Region, new() { Name = "Organisationer", Exact = true }));
        await OpenAsync(staff, $"/organisationer/{aalborg}", staff.GetByRole(AriaRole.Heading, new() { Name = "KPI-opfyldelse" }));
        await OpenAsync(staff, "/ikke-fundet", staff.GetByRole(AriaRole.Heading, new() { Name = "Siden findes ikke" }));
        var auditor = await site.NewPageAsync(browser);
        Listen(auditor, errors);
        await DemoBrowser.SignInAsync(auditor, "revisor");
        await OpenAsync(auditor, $"/revision/{agreement.Id}", auditor.GetByRole(AriaRole.Heading, new() { Name = "Tidslinje" }));

        Assert.True(errors.IsEmpty, string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_page_of_a_member_logs_no_errors_not_even_the_one_they_may_not_open()
    {
        var agreement = await DemoAgreements.InForceWithAsync(site.Server, "Aalborg Kommune");
        var other = await DemoAgreements.OrganisationIdAsync(site.Server, "Hjørring Kommune");
        await using var browser = await site.LaunchBrowserAsync();
        var member = await site.NewPageAsync(browser);
        var errors = new ConcurrentQueue<string>();
        Listen(member, errors);
        await DemoBrowser.SignInAsync(member, "aalborg");

        await OpenAsync(member, "/", member.GetByRole(AriaRole.Heading, new() { Name = "KPI-opfyldelse" }));
        await OpenAsync(member, $"/aftaler/{agreement.Id}", member.GetByRole(AriaRole.Img, new() { NameRegex = new("^Graf over ") }).First);
        await OpenAsync(member, $"/organisationer/{other}", member.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang til organisationens side" }));

        Assert.True(errors.IsEmpty, string.Join("\n", errors));
    }

    /// <summary>Loads the page afresh and waits until <paramref name="shown"/> is shown and the page has nothing more to fetch.</summary>
    private static async Task OpenAsync(IPage page, string path, ILocator shown)
    {
        await page.GotoAsync(path);
        await shown.WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>Keeps in <paramref name="errors"/> what the page writes to the console as an error from now on, and the script errors it does not catch.</summary>
    private static void Listen(IPage page, ConcurrentQueue<string> errors)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                errors.Enqueue($"{page.Url}: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => errors.Enqueue($"{page.Url}: {error}");
    }
}
