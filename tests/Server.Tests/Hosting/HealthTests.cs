using System.Net;
using System.Text.Json;
using AgreementTracker.Deadlines;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Domain.Common;
using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Server.Messaging;
using AgreementTracker.TestSupport;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Runtime;

namespace AgreementTracker.Server.Tests.Hosting;

/// <summary>/health as operations read it: the database, the audit timeline's lag behind the events, and Wolverine's deadlines.</summary>
public sealed class HealthTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    /// <summary>Only how long a stuck daemon may hang the test; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private const int StallAfterSeconds = 60;
    private const int LateAfterSeconds = 300;

    private static Task<ServerHost> StartAsync(PostgresDatabaseFixture database, bool runDaemon) => ServerHost.StartAsync(database,
        $"--{EventStoreServices.RunDaemonKey}={runDaemon}",
        $"--{EventStoreServices.StallAfterSecondsKey}={StallAfterSeconds}",
        $"--{MessagingServices.LateAfterSecondsKey}={LateAfterSeconds}");

    private static async Task RegisterOrganisationAsync(ServerHost server) => (await server.GraphQLAsync("""
        mutation { registerOrganisation(input: { name: "Hjørring Kommune", kind: MUNICIPALITY }) { createdId } }
        """)).ShouldSucceed();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(ServerHost server)
    {
        var result = await server.Alba.Scenario(s =>
        {
            s.Get.Url("/health");
            s.IgnoreStatusCode();
        });
        return ((HttpStatusCode)result.Context.Response.StatusCode, JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement);
    }

    [Fact]
    public async Task Reports_healthy_with_the_database_version_and_the_audit_timeline_caught_up()
    {
        await using var server = await StartAsync(database, runDaemon: true);
        await RegisterOrganisationAsync(server);
        await server.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(Patience);

        var (status, body) = await HealthAsync(server);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.StartsWith("1", body.GetProperty("database").GetProperty("serverVersion").GetString());
        var projection = Assert.Single(body.GetProperty("projections").EnumerateArray());
        Assert.Equal("audit_timeline", projection.GetProperty("name").GetString());
        Assert.Equal(0, projection.GetProperty("lagEvents").GetInt64());
        Assert.False(projection.GetProperty("stalled").GetBoolean());
    }

    [Fact]
    public async Task Reports_unhealthy_when_the_audit_timeline_has_stalled_behind_the_events()
    {
        await using var server = await StartAsync(database, runDaemon: false);
        await RegisterOrganisationAsync(server);

        var (statusAtOnce, _) = await HealthAsync(server);
        server.Clock.Advance(TimeSpan.FromSeconds(StallAfterSeconds + 1));
        var (status, body) = await HealthAsync(server);

        Assert.Equal(HttpStatusCode.OK, statusAtOnce);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var projection = Assert.Single(body.GetProperty("projections").EnumerateArray());
        Assert.True(projection.GetProperty("stalled").GetBoolean());
        Assert.Equal(1, projection.GetProperty("lagEvents").GetInt64());
    }

    [Fact]
    public async Task Reports_a_deadline_left_unhandled_past_its_time_as_unhealthy_and_counts_the_dead_letters_Wolverine_keeps()
    {
        await using var server = await StartAsync(database, runDaemon: false);
        var due = server.Clock.GetUtcNow().AddDays(1);
        var day = DateOnly.FromDateTime(due.UtcDateTime);
        var reminder = new AgreementEnding.Due(AgreementId.From(Guid.NewGuid()), End: day.AddDays(DeadlineSchedule.EndingWarningDays), Deadline: day);
        await server.Services.GetRequiredService<IMessageBus>().ScheduleAsync(reminder, due);

        var (statusWaiting, waiting) = await HealthAsync(server);
        server.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(LateAfterSeconds + 1));
        var (statusLate, late) = await HealthAsync(server);
        var storage = server.Services.GetRequiredService<IWolverineRuntime>().Storage;
        var envelope = (await storage.Admin.AllIncomingAsync()).Single(e => e.MessageType == AgreementEnding.MessageKind);
        await storage.Inbox.MoveToDeadLetterStorageAsync(envelope, new InvalidOperationException("the deadline kept failing"));
        var (statusDead, dead) = await HealthAsync(server);

        Assert.Equal(HttpStatusCode.OK, statusWaiting);
        Assert.Equal(1, waiting.GetProperty("messages").GetProperty("pending").GetInt64());
        Assert.Equal(0, waiting.GetProperty("messages").GetProperty("late").GetInt64());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, statusLate);
        Assert.Equal(1, late.GetProperty("messages").GetProperty("late").GetInt64());
        Assert.Equal(HttpStatusCode.OK, statusDead);
        Assert.Equal(0, dead.GetProperty("messages").GetProperty("pending").GetInt64());
        Assert.Equal(1, dead.GetProperty("messages").GetProperty("deadLetters").GetInt64());
    }

    [Fact]
    public async Task Reports_unhealthy_with_the_reason_when_the_database_is_gone()
    {
        await using var server = await StartAsync(database, runDaemon: false);
        await PostgresTestCluster.DropDatabaseAsync(server.ConnectionString);

        var (status, body) = await HealthAsync(server);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("database").GetProperty("error").GetString()));
    }
}
