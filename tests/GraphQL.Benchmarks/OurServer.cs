using System.Diagnostics;
using AgreementTracker.GraphQL.AspNetCore;
using AgreementTracker.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgreementTracker.GraphQL.Benchmarks;

/// <summary>Our GraphQL-over-HTTP endpoint on Kestrel, 127.0.0.1, serving the benchmark data.</summary>
internal static class OurServer
{
    public const string ServeArgument = "serve";

    /// <summary>Starts this benchmark program again, as the server (see <see cref="ServeAsync"/>).</summary>
    public static Task<ServerProcess> StartProcessAsync(BenchmarkData data) =>
        ServerProcess.StartAsync(new ProcessStartInfo(Environment.ProcessPath!, [ServeArgument, data.DataPath]));

    /// <summary>Serves until standard input closes; prints <c>{"port": n}</c> once listening.</summary>
    public static async Task ServeAsync(Schema schema)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL(schema, options => options.EnableGraphiQL = false);
        var app = builder.Build();
        app.MapGraphQL();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Console.WriteLine($"{{\"port\": {address.Port}}}");
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
    }
}
