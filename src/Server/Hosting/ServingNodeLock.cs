using Npgsql;

namespace AgreementTracker.Server.Hosting;

/// <summary>
/// A PostgreSQL advisory lock that every running server holds, shared, for as long as it runs, on a connection of its
/// own. A rebuild of an inline projection needs it to itself (see <c>RebuildLocks</c>), so it cannot start while a
/// server could append, and a server that starts during one waits for it before it writes anything. Should the
/// connection be lost (PostgreSQL restarted), the lock is taken again on the next watch.
/// </summary>
internal sealed class ServingNodeLock(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<ServingNodeLock> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>"AgTr": apart from Marten's daemon lock (4444) and the projection locks it derives from it.</summary>
    public const int Id = 0x41675472;

    private static readonly TimeSpan WatchInterval = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stopping = new();
    private NpgsqlConnection? _connection;
    private Task _watch = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = await TakeAsync(cancellationToken);
        _watch = WatchAsync(_stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _watch.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task<NpgsqlConnection> TakeAsync(CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            if (await LockAsync(connection, "pg_try_advisory_lock_shared", ct) is not true)
            {
                logger.LogWarning("A projection rebuild has the database to itself; this server starts when it is done.");
                await LockAsync(connection, "pg_advisory_lock_shared", ct);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<object?> LockAsync(NpgsqlConnection connection, string function, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}({Id})", connection) { CommandTimeout = 0 };
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Ends cancelled when the server stops.</summary>
    private async Task WatchAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(WatchInterval, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                await using var ping = new NpgsqlCommand("SELECT 1", _connection);
                await ping.ExecuteScalarAsync(ct);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                logger.LogWarning("The connection holding this server's lock against inline rebuilds was lost ({Reason}); taking it again.", e.Message);
                await _connection!.DisposeAsync();
                _connection = await RetakeAsync(ct);
            }
        }
    }

    private async Task<NpgsqlConnection> RetakeAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                return await TakeAsync(ct);
            }
            catch (NpgsqlException)
            {
                await Task.Delay(WatchInterval, clock, ct);
            }
        }
    }
}
