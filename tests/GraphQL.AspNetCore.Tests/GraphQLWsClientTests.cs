using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.GraphQL.AspNetCore.Tests;

/// <summary>
/// A real client no one here wrote: the npm graphql-ws client (graphql-ws-client/, after `npm ci`
/// there) subscribes over a real socket to Kestrel on 127.0.0.1.
/// </summary>
public sealed class GraphQLWsClientTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private Uri _endpoint = null!;

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
        _endpoint = new Uri(address.Replace("http://", "ws://") + "/graphql");
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_graphql_ws_client_subscribes_and_receives_every_event()
    {
        var lines = await SubscribeAsync("subscription Countdown($from: Int!) { countdown(from: $from) }", "{\"from\": 3}");

        var events = lines.Where(line => line["next"] is not null).Select(line => (int)line["next"]!["data"]!["countdown"]!);
        Assert.Equal([3, 2, 1, 0], events);
        Assert.True((bool?)lines[^1]["complete"]);
    }

    [Fact]
    public async Task The_graphql_ws_client_runs_a_query_over_the_socket()
    {
        var lines = await SubscribeAsync("{ hello(name: \"Frederikshavn\") }");

        Assert.Equal("Hello, Frederikshavn!", (string?)lines[0]["next"]!["data"]!["hello"]);
        Assert.True((bool?)lines[^1]["complete"]);
    }

    [Fact]
    public async Task The_graphql_ws_client_receives_graphql_errors_for_a_bad_document()
    {
        var lines = await SubscribeAsync("subscription { countdown(from: }");

        var errors = Assert.IsType<JsonArray>(lines.Single()["error"]);
        Assert.Contains("Syntax Error", (string?)errors[0]!["message"]);
    }

    private async Task<List<JsonObject>> SubscribeAsync(string query, string? variables = null)
    {
        var directory = Path.Combine(ProjectDirectory(), "graphql-ws-client");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql-ws")))
        {
            Assert.Fail($"The npm graphql-ws client is not installed: run `npm ci` in {directory}.");
        }
        var start = new ProcessStartInfo("node", variables is null ? ["subscribe.mjs", _endpoint.ToString(), query] : ["subscribe.mjs", _endpoint.ToString(), query, variables])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var node = Process.Start(start)!;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = node.StandardOutput.ReadToEndAsync(patience.Token);
        var errors = node.StandardError.ReadToEndAsync(patience.Token);
        await node.WaitForExitAsync(patience.Token);
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
    }

    private static string ProjectDirectory() => typeof(GraphQLWsClientTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "ProjectDirectory").Value!;
}
