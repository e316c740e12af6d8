using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.Server.SignIn;
using AgreementTracker.TestSupport;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>
/// The server as a newcomer runs it (its own process, <c>--demo</c>, real PostgreSQL), and Debian's Chromium driven by
/// Playwright. Each signed-in user gets a browser context of their own, as if on their own machine.
/// </summary>
public sealed class DemoSite : IAsyncLifetime
{
    /// <summary>Debian's Chromium, which <c>.ci/run</c> installs; Playwright's own download cannot reach the internet here.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public ServerProcess Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        Server = await ServerProcess.StartAsync(connectionString, $"http://127.0.0.1:{FreeLoopbackPort.Find()}", ["--demo"], ServerProcess.DefaultPatience);
        _playwright = await Playwright.CreateAsync();
        // Root has no user namespaces for Chromium's sandbox in this container; the pages are our own.
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A page signed in as the demo user, through the sign-in page and the code flow, at the user's first page.</summary>
    public async Task<IPage> SignInAsync(string userName, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Server.Url, Locale = "da-DK", ViewportSize = new() { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByLabel("Brugernavn").FillAsync(userName);
        await page.GetByLabel("Adgangskode").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log af" }).WaitForAsync();
        return page;
    }
}

[CollectionDefinition(nameof(DemoSite))]
public sealed class DemoSiteCollection : ICollectionFixture<DemoSite>;
