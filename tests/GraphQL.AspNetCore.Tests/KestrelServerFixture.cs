using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary><see cref="CountingSchema"/> served by a real Kestrel on 127.0.0.1, for clients that need a real socket.</summary>
public sealed class KestrelServerFixture : IAsyncLifetime
{
    private WebApplication _app = null!;

    /// <summary>http://127.0.0.1:port/graphql</summary>
    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL(CountingSchema.Build());
        _app = builder.Build();
        _app.UseWebSockets();
        _app.MapGraphQL();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Endpoint = new Uri(address + "/graphql");
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
