using System.Diagnostics;
using System.Text.Json;
using AgreementTracker.Integrity.Export;
using AgreementTracker.Integrity.Log;
using AgreementTracker.Server.Integrity;
using AgreementTracker.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Server.Tests.Integrity;

/// <summary>Every signed checkpoint POSTed to <c>Integrity:CheckpointUrl</c>, in order, kept pending until the receiver acknowledges it.</summary>
public sealed class CheckpointUrlTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>, IDisposable
{
    /// <summary>Only how long a stuck delivery may hang the test; nothing here measures time.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly CheckpointFiles _files = new();

    [Fact]
    public async Task A_receiver_that_fails_at_first_gets_every_checkpoint_in_order_once_it_answers_and_none_stays_pending()
    {
        await using var receiver = await CheckpointReceiver.StartAsync(failures: 2);
        await using var server = await ServerHost.StartAsync(database,
            // No scheduled round in the test's time: the two checkpoints are the test's own.
            ["--Demo:Agreements=1", "--Projections:RunDaemon=false", "--Integrity:SignEvery=30.00:00:00", .. _files.Options, $"--Integrity:CheckpointUrl={receiver.Url}"]);
        await using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        var signer = server.Services.GetRequiredService<CheckpointSigner>();

        var first = await SignedAsync(server, signer);
        await WaitForAsync(server, receiver, 1);
        var second = await SignedAsync(server, signer);
        await WaitForAsync(server, receiver, 2);

        Assert.Equal(2, receiver.Refused);
        var received = receiver.Acknowledged.Select(body => (Body: body, Published: JsonSerializer.Deserialize<PublishedCheckpoint>(body)!)).ToList();
        Assert.All(received, r => Assert.Null(PublishedCheckpoint.Problem(r.Body, _files.PublicKey())));
        Assert.Equal([ExportedCheckpoint.Of(first), ExportedCheckpoint.Of(second)], received.Select(r => r.Published.Checkpoint));
        Assert.Equal(PublishedCheckpoint.Of(first, signer.Key.PublicKey).ToJson(), received[0].Body);
        Assert.Equal(0, await PendingAsync(dataSource, receiver.Url));
    }

    public void Dispose() => _files.Dispose();

    private static async Task<Checkpoint> SignedAsync(ServerHost server, CheckpointSigner signer)
    {
        server.Clock.Advance(TimeSpan.FromSeconds(1));
        return (await signer.SignAsync(CancellationToken.None)).Checkpoint;
    }

    /// <summary>Moves the clock on (past each backoff) until the receiver has acknowledged <paramref name="count"/> checkpoints.</summary>
    private static async Task WaitForAsync(ServerHost server, CheckpointReceiver receiver, int count)
    {
        var waiting = Stopwatch.StartNew();
        while (receiver.Acknowledged.Count < count)
        {
            Assert.True(waiting.Elapsed < Patience, $"{receiver.Acknowledged.Count} of {count} checkpoints arrived at {receiver.Url} after {receiver.Refused} refusals");
            server.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }
    }

    private static async Task<long> PendingAsync(NpgsqlDataSource dataSource, Uri url)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*) FROM integrity.checkpoints c
            WHERE NOT EXISTS (SELECT FROM integrity.checkpoint_deliveries d WHERE (d.size, d.signed_at, d.url) = (c.size, c.signed_at, $1))
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = url.ToString() });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
