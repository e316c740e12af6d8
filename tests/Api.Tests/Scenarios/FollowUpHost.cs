using System.Net.Http.Json;
using System.Text.Json;
using AgreementTracker.GraphQL.AspNetCore;
using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AgreementTracker.Api.Tests.Scenarios;

/// <summary>
/// The real server (configuration, event store, projections, GraphQL endpoint) on ASP.NET Core's test host over a
/// fresh PostgreSQL database, with a clock that starts at <see cref="TestClock.Origin"/> and moves only when the test
/// moves it. Scenarios talk to it the way clients do: GraphQL over HTTP.
/// </summary>
public sealed class FollowUpHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private FollowUpHost(WebApplication app, string connectionString, FakeTimeProvider clock)
    {
        _app = app;
        _client = app.GetTestClient();
        ConnectionString = connectionString;
        Clock = clock;
    }

    public string ConnectionString { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _app.Services;

    /// <summary>Today as the server sees it on <see cref="Clock"/>.</summary>
    public DateOnly Today => ReadModels.Today.On(Clock);

    /// <summary>Moves the clock on to <paramref name="hour"/> o'clock UTC on <paramref name="day"/>; it cannot go back.</summary>
    public void MoveClockTo(DateOnly day, int hour) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    public static Task<FollowUpHost> StartAsync(PostgresDatabaseFixture database, params string[] options) =>
        StartAsync(database, graphQL: null, options);

    /// <param name="graphQL">Adjusts the GraphQL endpoint's settings, e.g. its body limit, after the server's own.</param>
    public static async Task<FollowUpHost> StartAsync(PostgresDatabaseFixture database, Action<GraphQLServerOptions>? graphQL, params string[] options)
    {
        var clock = TestClock.Start();
        var connectionString = await database.CreateDatabaseAsync();
        var app = await ServerApp.BuildAsync(["--connection", connectionString, "--Projections:RunDaemon=false", .. options], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(clock);
            if (graphQL is not null)
                graphQL((GraphQLServerOptions)builder.Services.Single(s => s.ServiceType == typeof(GraphQLServerOptions)).ImplementationInstance!);
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
