using AgreementTracker.TestSupport;
using Microsoft.Playwright;

namespace AgreementTracker.Web.Tests;

/// <summary>One <see cref="DemoBrowser"/> (the demo server in its own process, and Chromium) shared by the browser tests.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    private DemoBrowser? _demo;

    private DemoBrowser Demo => _demo ?? throw new InvalidOperationException("The demo site has not started.");

    public ServerProcess Server => Demo.Server;

    public IBrowser Browser => Demo.Browser;

    /// <inheritdoc cref="DemoBrowser.PublicKey"/>
    public byte[] PublicKey() => Demo.PublicKey();

    public async Task InitializeAsync() => _demo = await DemoBrowser.StartAsync();

    public async Task DisposeAsync()
    {
        if (_demo is not null)
            await _demo.DisposeAsync();
    }

    /// <inheritdoc cref="DemoBrowser.SignInAsync(string, int)"/>
    public Task<IPage> SignInAsync(string userName, int width = 1280) => Demo.SignInAsync(userName, width);

    /// <inheritdoc cref="DemoBrowser.LaunchBrowserAsync"/>
    public Task<IBrowser> LaunchBrowserAsync() => Demo.LaunchBrowserAsync();

    /// <inheritdoc cref="DemoBrowser.NewPageAsync"/>
    public Task<IPage> NewPageAsync(IBrowser browser) => Demo.NewPageAsync(browser);
}

[CollectionDefinition(nameof(DemoSite))]
public sealed class DemoSiteCollection : ICollectionFixture<DemoSite>;
