using System.Net.Http.Json;
using System.Text.Json;
using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>
/// The real server (configuration, event store, projections, GraphQL endpoint) on ASP.NET Core's test host over a
/// fresh PostgreSQL database, with a clock the test sets. Scenarios talk to it the way clients do: GraphQL over HTTP.
/// </summary>
public sealed class FollowUpHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private FollowUpHost(WebApplication app, string connectionString, FixedClock clock)
    {
        _app = app;
        _client = app.GetTestClient();
        ConnectionString = connectionString;
        Clock = clock;
    }

    public string ConnectionString { get; }
    public FixedClock Clock { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<FollowUpHost> StartAsync(PostgresDatabaseFixture database, FixedClock clock, params string[] options)
    {
        var connectionString = await database.CreateDatabaseAsync();
        var app = await ServerApp.BuildAsync(["--connection", connectionString, "--Projections:RunDaemon=false", .. options], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(clock);
        });
        await app.StartAsync();
        return new FollowUpHost(app, connectionString, clock);
    }

    /// <summary>Posts a GraphQL request as a client would, optionally with its own correlation id.</summary>
    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null, string? correlationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (correlationId is not null)
            request.Headers.Add("X-Correlation-Id", correlationId);
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>A graphql-transport-ws connection to <c>/graphql</c>, initialised.</summary>
    public async Task<GraphQLWebSocketClient> ConnectWebSocketAsync()
    {
        var client = _app.GetTestServer().CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = new GraphQLWebSocketClient(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
        await socket.InitialiseAsync();
        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
