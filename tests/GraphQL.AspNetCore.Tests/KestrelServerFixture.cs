using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary><see cref="CountingSchema"/> served by a real Kestrel on 127.0.0.1, for clients that need a real socket.</summary>
public sealed class KestrelServerFixture : IAsyncLifetime
{
    private WebApplication _app = null!;

    /// <summary>http://127.0.0.1:port/graphql</summary>
    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync() => (_app, Endpoint) = await StartAsync();

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public static async Task<(WebApplication App, Uri Endpoint)> StartAsync(Action<KestrelServerOptions>? kestrel = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => kestrel?.Invoke(options)).UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL(CountingSchema.Build());
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address + "/graphql"));
    }
}
