using System.Security.Cryptography;
using AgreementTracker.EmbeddedPostgres;
using AgreementTracker.Server.Integrity;
using AgreementTracker.Server.SignIn;
using AgreementTracker.TestSupport;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>
/// The server as a newcomer runs it (its own process, <c>--demo</c>, real PostgreSQL), and Debian's Chromium driven by
/// Playwright. Each signed-in user gets a browser context of their own, as if on their own machine. The browser tests
/// hold one through <see cref="DemoSite"/>; the page-load benchmark (<c>tests/Web.Benchmarks</c>) compiles this file too.
/// </summary>
public sealed class DemoBrowser : IAsyncDisposable
{
    /// <summary>Debian's Chromium, which <c>.ci/run</c> installs; Playwright's own download cannot reach the internet here.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly DirectoryInfo _keyFolder;

    private DemoBrowser(ServerProcess server, DirectoryInfo keyFolder, IPlaywright playwright, IBrowser browser)
    {
        Server = server;
        _keyFolder = keyFolder;
        _playwright = playwright;
        Browser = browser;
    }

    public ServerProcess Server { get; }

    public IBrowser Browser { get; }

    /// <summary>
    /// The server's public key as an auditor receives it: the PEM file the server writes beside its signing key, which
    /// this server keeps in a folder of its own rather than beside the tests.
    /// </summary>
    public byte[] PublicKey()
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(ServerSigningKey.PublicKeyFile(SigningKeyFile(_keyFolder))));
        return key.ExportSubjectPublicKeyInfo();
    }

    public static async Task<DemoBrowser> StartAsync()
    {
        var connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        var keyFolder = Directory.CreateTempSubdirectory("agreementtracker-web-key-");
        ServerProcess? server = null;
        IPlaywright? playwright = null;
        try
        {
            server = await ServerProcess.StartAsync(connectionString, $"http://127.0.0.1:{FreeLoopbackPort.Find()}",
                ["--demo", $"--{IntegritySettings.SigningKeyFileKey}={SigningKeyFile(keyFolder)}"], ServerProcess.DefaultPatience);
            playwright = await Playwright.CreateAsync();
            return new DemoBrowser(server, keyFolder, playwright, await LaunchAsync(playwright));
        }
        catch
        {
            // No one will dispose of a demo that did not start (Chromium missing, say): its server would run on.
            playwright?.Dispose();
            if (server is not null)
                await server.DisposeAsync();
            keyFolder.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>
    /// A Chromium of its own that has not been to the site yet. Chromium remembers some answers for the whole browser,
    /// not for each context: a favicon it could not fetch once, it does not ask for again.
    /// </summary>
    public Task<IBrowser> LaunchBrowserAsync() => LaunchAsync(_playwright);

    /// <summary>A page signed in as the demo user, through the sign-in page and the code flow, at the user's first page.</summary>
    public async Task<IPage> SignInAsync(string userName, int width = 1280)
    {
        var page = await NewPageAsync(Browser, width);
        await SignInAsync(page, userName);
        return page;
    }

    /// <summary>A page not signed in yet, in a context of its own in <paramref name="browser"/>, as if on its own machine.</summary>
    public async Task<IPage> NewPageAsync(IBrowser browser, int width = 1280) =>
        await (await browser.NewContextAsync(new() { BaseURL = Server.Url, Locale = "da-DK", ViewportSize = new() { Width = width, Height = 900 } })).NewPageAsync();

    /// <summary>Signs the page in as the demo user, through the sign-in page and the code flow, and leaves it at the user's first page.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByLabel("Brugernavn").FillAsync(userName);
        await page.GetByLabel("Adgangskode").FillAsync(DemoUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Log af" }).WaitForAsync();
    }

    // Root has no user namespaces for Chromium's sandbox in this container; the pages are our own.
    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = ["--no-sandbox"] });

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Server.DisposeAsync();
        _keyFolder.Delete(recursive: true);
    }

    private static string SigningKeyFile(DirectoryInfo keyFolder) => Path.Combine(keyFolder.FullName, "signing-key.pem");
}
