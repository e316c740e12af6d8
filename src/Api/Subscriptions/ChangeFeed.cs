using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AgreementTracker.Agreements.Changes;
using AgreementTracker.ReadModels.Kept;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AgreementTracker.Api.Subscriptions;

/// <summary>
/// Listens for committed changes announced on PostgreSQL's channel (by any node) and hands each to every live
/// subscriber on this node. A subscriber that falls far behind loses its oldest changes rather than holding up the
/// others; each change carries only ids, so the subscriber reads the current state when it catches up. It also tells
/// the readers that keep what they read (<see cref="HeardChanges"/>) of every change and every re-assessment, and
/// whether it hears at all.
/// </summary>
public sealed class ChangeFeed(string connectionString, HeardChanges heard, ILogger<ChangeFeed> logger) : BackgroundService
{
    private const int SubscriberBacklog = 256;
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);
    private const int ListenerProbeSeconds = 5;

    private readonly ConcurrentDictionary<Guid, Channel<StreamChanged>> _subscribers = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the feed listens; changes committed after that reach subscribers.</summary>
    public Task Listening => _listening.Task;

    /// <summary>How many subscribers this node is serving now.</summary>
    public int SubscriberCount => _subscribers.Count;

    public async IAsyncEnumerable<StreamChanged> SubscribeAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<StreamChanged>(new BoundedChannelOptions(SubscriberBacklog) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        _subscribers[id] = channel;
        try
        {
            await foreach (var change in channel.Reader.ReadAllAsync(ct))
                yield return change;
        }
        finally
        {
            _subscribers.TryRemove(id, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // LISTEN belongs to one session: a dedicated, unpooled connection, so no pooled connection keeps it by accident.
        // Probed while idle, so a connection that silently stopped carrying notifications is noticed and kept reads are dropped.
        var dedicated = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = ListenerProbeSeconds }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(dedicated);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Heard(e.Channel, e.Payload);
                await using (var listen = new NpgsqlBatch(connection)
                {
                    BatchCommands = { new($"LISTEN {StreamChanges.Channel}"), new($"LISTEN {ReadModelChanges.Channel}") },
                })
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                heard.Listening();
                _listening.TrySetResult();
                while (true)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                heard.Deaf();
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException)
            {
                heard.Deaf();
                logger.LogWarning("Change feed lost its database connection ({Message}); listening again in {Delay} s", e.Message, ReconnectDelay.TotalSeconds);
                await Task.Delay(ReconnectDelay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private void Heard(string channel, string payload)
    {
        if (channel == ReadModelChanges.Channel)
        {
            if (ReadModelChanges.Streams(payload) is { } streams)
                foreach (var stream in streams)
                    heard.Heard(stream);
            else
                heard.HeardEverything();
            return;
        }
        if (StreamChanges.Parse(payload) is not { } change)
            return;
        // Also announced on the read models' channel, just after; forgotten now, so no subscriber reads what was kept.
        heard.Heard(change.StreamId);
        foreach (var subscriber in _subscribers.Values)
            subscriber.Writer.TryWrite(change);
    }
}
