using System.Text.Json;
using Alba;
using AgreementTracker.Api.Subscriptions;
using AgreementTracker.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AgreementTracker.TestSupport;

/// <summary>
/// The real server (configuration, Marten, Wolverine, projections, the GraphQL endpoint) in memory through Alba, over a
/// fresh PostgreSQL database, with a clock that starts at <see cref="TestClock.Start"/> and moves only when the test
/// moves it. Tests talk to it the way clients do: GraphQL over HTTP, or over a WebSocket for subscriptions.
/// </summary>
public sealed class ServerHost : IAsyncDisposable
{
    private ServerHost(IAlbaHost alba, string connectionString, FakeTimeProvider clock)
    {
        Alba = alba;
        ConnectionString = connectionString;
        Clock = clock;
    }

    public IAlbaHost Alba { get; }
    public string ConnectionString { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => Alba.Services;

    /// <summary>Who the requests come from: a real account with a real token (see <see cref="TestUsers"/>).</summary>
    public TestUser User { get; private set; } = TestUsers.Coordinator;

    private string? _token;
    private DateTimeOffset _tokenRenewAt;

    /// <summary>From now on, requests come from <paramref name="user"/>.</summary>
    public void ActAs(TestUser user)
    {
        User = user;
        _token = null;
    }

    /// <summary>
    /// From now on, requests come from <paramref name="user"/>, with the token the embedded provider gives a browser
    /// that signs in with the authorization code flow (see <see cref="BrowserSignIn"/>).
    /// </summary>
    public async Task SignInThroughBrowserAsync(TestUser user)
    {
        await TestUsers.EnsureAsync(Services, user);
        using var browser = new BrowserSignIn(this);
        _token = await browser.SignInAsync(user.UserName, TestUsers.Password);
        User = user;
        // The provider's access tokens last an hour.
        _tokenRenewAt = Clock.GetUtcNow().AddMinutes(30);
    }

    /// <summary>The bearer token of <see cref="User"/>, issued again once the test clock has moved most of its lifetime on.</summary>
    public async Task<string> TokenAsync()
    {
        if (_token is null || Clock.GetUtcNow() >= _tokenRenewAt)
        {
            _token = await TestUsers.TokenAsync(Services, User);
            _tokenRenewAt = Clock.GetUtcNow() + TestUsers.TokenLifetime / 2;
        }
        return _token;
    }

    /// <summary>Today as the server sees it on <see cref="Clock"/>.</summary>
    public DateOnly Today => ReadModels.Today.On(Clock);

    /// <summary>Moves the clock on to <paramref name="hour"/> o'clock UTC on <paramref name="day"/>; it cannot go back.</summary>
    public void MoveClockTo(DateOnly day, int hour) => Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    /// <param name="options">Server options as on its command line, e.g. <c>--Projections:RunDaemon=false</c>.</param>
    public static Task<ServerHost> StartAsync(PostgresDatabaseFixture database, params string[] options) =>
        StartAsync(database, configure: null, options);

    /// <param name="configure">Adjusts the builder after the server's own registrations and the test clock.</param>
    public static async Task<ServerHost> StartAsync(PostgresDatabaseFixture database, Action<WebApplicationBuilder>? configure, params string[] options) =>
        await StartOnAsync(await database.CreateDatabaseAsync(), TestClock.Start(), configure, options);

    /// <summary>A server on an existing database and clock: a second node, or a restart.</summary>
    public static async Task<ServerHost> StartOnAsync(
        string connectionString, FakeTimeProvider clock, Action<WebApplicationBuilder>? configure = null, params string[] options)
    {
        var builder = await ServerApp.CreateBuilderAsync(["--connection", connectionString, .. options]);
        builder.Services.AddSingleton<TimeProvider>(clock);
        configure?.Invoke(builder);
        var alba = await AlbaHost.For(builder, ServerApp.MapEndpoints);
        return new ServerHost(alba, connectionString, clock);
    }

    /// <summary>The subscriptions are registered once the node's feed serves them; only then can a change be missed by nobody.</summary>
    public async Task WhenSubscribedAsync(int subscribers)
    {
        var feed = Services.GetRequiredService<ChangeFeed>();
        await feed.Listening;
        while (feed.SubscriberCount < subscribers)
            await Task.Delay(10);
    }

    /// <summary>Posts a GraphQL request as a client would, optionally with its own correlation id.</summary>
    public async Task<GraphQLResponse> GraphQLAsync(string query, object? variables = null, string? correlationId = null)
    {
        var token = await TokenAsync();
        var result = await Alba.Scenario(s =>
        {
            s.Post.Json(new { query, variables }).ToUrl("/graphql").Accepts("application/graphql-response+json");
            s.WithBearerToken(token);
            if (correlationId is not null)
                s.WithRequestHeader("X-Correlation-Id", correlationId);
            s.IgnoreStatusCode();
        });
        var body = await result.ReadAsTextAsync();
        return new GraphQLResponse(result.Context.Response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }

    /// <summary>A graphql-transport-ws connection to <c>/graphql</c>, initialised with <see cref="User"/>'s token in <c>connection_init</c>, as a browser sends it.</summary>
    public async Task<GraphQLWebSocketClient> ConnectWebSocketAsync()
    {
        var socket = await OpenWebSocketAsync();
        await socket.InitialiseAsync(new Dictionary<string, string> { ["Authorization"] = $"Bearer {await TokenAsync()}" });
        return socket;
    }

    /// <summary>A graphql-transport-ws connection to <c>/graphql</c>, not yet initialised, with no token in its upgrade request.</summary>
    public async Task<GraphQLWebSocketClient> OpenWebSocketAsync()
    {
        var client = Alba.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        return new GraphQLWebSocketClient(await client.ConnectAsync(new Uri("ws://localhost/graphql"), CancellationToken.None));
    }

    public ValueTask DisposeAsync() => Alba.DisposeAsync();
}
