using System.Diagnostics;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>The server signing the log over all events by itself, on its clock, and once a round however many nodes run it.</summary>
public sealed class ScheduledCheckpointsTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    /// <summary>Only how long a stuck signer may hang the test; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly CheckpointFiles _files = new();

    [Fact]
    public async Task When_the_clock_passes_the_interval_the_server_signs_and_writes_a_checkpoint_the_public_key_verifies()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Demo:Agreements=1", "--Projections:RunDaemon=false", .. _files.Options]);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        Assert.Empty(await TransparencyLog.ReadCheckpointsAsync(dataSource));

        var waiting = Stopwatch.StartNew();
        while (_files.Written().Length == 0)
        {
            Assert.True(waiting.Elapsed < Patience, "no checkpoint was written");
            server.Clock.Advance(IntegritySettings.DefaultSignEvery);
            await Task.Delay(50);
        }

        // A later round may have signed again (the server's deadlines can append as the clock moves): each file is one kept checkpoint.
        var stored = (await TransparencyLog.ReadCheckpointsAsync(dataSource)).Select(ExportedCheckpoint.Of).ToList();
        Assert.All(_files.Written(), file =>
        {
            var published = File.ReadAllText(file);
            Assert.Null(PublishedCheckpoint.Problem(published, _files.PublicKey()));
            var checkpoint = System.Text.Json.JsonSerializer.Deserialize<PublishedCheckpoint>(published)!.Checkpoint;
            Assert.Contains(checkpoint, stored);
            Assert.True(checkpoint.Size > 0);
            Assert.EndsWith($"-{checkpoint.Size}.json", file);
        });
    }

    [Fact]
    public async Task Two_nodes_in_one_round_sign_one_checkpoint_and_a_round_with_a_fresh_checkpoint_signs_none()
    {
        await using var server = await ServerHost.StartAsync(database, ["--Demo:Agreements=1", "--Projections:RunDaemon=false", .. _files.Options]);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        await IntegrityLog.ExtendUntilAsync(dataSource, DemoDataGenerator.Generate(1).Sum(s => (long)s.Events.Count));
        var settings = server.Services.GetRequiredService<IntegritySettings>();
        using var otherSigner = new CheckpointSigner(dataSource, settings, server.Clock);
        var nodes = new[] { server.Services.GetRequiredService<CheckpointSchedule>(), new CheckpointSchedule(dataSource, otherSigner, server.Clock) };

        var round = await Task.WhenAll(nodes.Select(n => n.RunAsync(CancellationToken.None)));
        var again = await nodes[1].RunAsync(CancellationToken.None);

        Assert.Single(round, r => r.Signed is not null);
        Assert.Single(await TransparencyLog.ReadCheckpointsAsync(dataSource));
        Assert.Single(_files.Written());
        Assert.Null(again.Signed);
        Assert.Equal(settings.SignEvery, again.Next);
    }

    public void Dispose() => _files.Dispose();
}
