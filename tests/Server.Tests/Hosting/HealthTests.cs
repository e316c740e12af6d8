using System.Net;
using System.Text.Json;
using AgreementTracker.EventStore;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Commands;
using AgreementTracker.Server.Hosting;
using AgreementTracker.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementTracker.Server.Tests.Hosting;

public sealed class HealthTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private sealed record Noted(string Text);

    /// <summary>An asynchronous projection that counts events, standing in for the application's own.</summary>
    private sealed class NoteCount : IProjection
    {
        public string Name => "note_count";
        public IReadOnlyList<ProjectionTable> Tables { get; } = [new("note_count", "CREATE TABLE {table} (id int PRIMARY KEY, notes bigint NOT NULL)")];

        public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken ct)
        {
            await using var command = context.CreateCommand(
                $"INSERT INTO {context.Table("note_count")} VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET notes = {context.Table("note_count")}.notes + $1");
            command.Parameters.Add(new() { Value = (long)events.Count });
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<WebApplication> StartAsync(string connectionString, bool runDaemon, int stallAfterSeconds = 30)
    {
        var app = await ServerApp.BuildAsync(
            ["--connection", connectionString, $"--{EventStoreServices.RunDaemonKey}={runDaemon}", $"--{EventStoreServices.StallAfterSecondsKey}={stallAfterSeconds}"],
            builder =>
            {
                builder.WebHost.UseTestServer();
                // The server and its store on one clock, as the server composes them.
                var clock = TestClock.Start();
                builder.Services.AddSingleton<TimeProvider>(clock);
                var options = AgreementEventStore.CreateOptions(clock);
                options.Events.Register<Noted>("noted");
                options.Projections.Add(new NoteCount(), ProjectionLifecycle.Async);
                builder.Services.AddSingleton(options);
            });
        await app.StartAsync();
        return app;
    }

    private static async Task NoteAsync(WebApplication app)
    {
        var session = app.Services.GetRequiredService<StreamStore>().OpenSession(new EventMetadata { Actor = "test" });
        session.StartStream(Guid.NewGuid(), "note", new Noted("hello"));
        await session.SaveChangesAsync();
    }

    private static async Task<(HttpStatusCode status, JsonElement body)> HealthAsync(WebApplication app)
    {
        var response = await app.GetTestClient().GetAsync("/health");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Reports_healthy_with_the_database_version_and_each_projection_caught_up()
    {
        await using var app = await StartAsync(await database.CreateDatabaseAsync(), runDaemon: true);
        await NoteAsync(app);
        await app.Services.GetRequiredService<ProjectionDaemon>().WaitForNonStaleAsync(TimeSpan.FromSeconds(30));

        var (status, body) = await HealthAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.StartsWith("1", body.GetProperty("database").GetProperty("serverVersion").GetString());
        var projection = Assert.Single(body.GetProperty("projections").EnumerateArray());
        Assert.Equal("note_count", projection.GetProperty("name").GetString());
        Assert.Equal(0, projection.GetProperty("lagEvents").GetInt64());
        Assert.True(projection.GetProperty("running").GetBoolean());
    }

    [Fact]
    public async Task Reports_unhealthy_when_a_projection_has_stalled_behind_the_events()
    {
        await using var app = await StartAsync(await database.CreateDatabaseAsync(), runDaemon: false, stallAfterSeconds: 0);
        await NoteAsync(app);

        var (status, body) = await HealthAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var projection = Assert.Single(body.GetProperty("projections").EnumerateArray());
        Assert.True(projection.GetProperty("stalled").GetBoolean());
        Assert.Equal(1, projection.GetProperty("lagEvents").GetInt64());
    }

    [Fact]
    public async Task Reports_unhealthy_with_the_reason_when_the_database_is_gone()
    {
        var doomed = await database.CreateDatabaseAsync();
        await using var app = await StartAsync(doomed, runDaemon: false);
        await PostgresTestCluster.DropDatabaseAsync(doomed);

        var (status, body) = await HealthAsync(app);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("database").GetProperty("error").GetString()));
    }
}
