using AgreementTracker.Server.EventSourcing;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>
/// The advisory locks by which the servers' hot/cold daemons share out the async projections' shards, held by this
/// process while it rebuilds them: a daemon that ran a shard meanwhile would write into the tables the rebuild has just
/// emptied, and fail on what it then reads back. Inline projections have no shards and take no lock.
/// </summary>
internal sealed class DaemonShardLocks : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private DaemonShardLocks(NpgsqlConnection connection) => _connection = connection;

    /// <exception cref="ProjectionBusyException">A server's daemon holds a shard of one of the projections.</exception>
    public static async Task<DaemonShardLocks> TakeAsync(IDocumentStore store, NpgsqlDataSource dataSource, IReadOnlyList<string> projections, CancellationToken ct)
    {
        var options = (StoreOptions)store.Options;
        var connection = await dataSource.OpenConnectionAsync(ct);
        var locks = new DaemonShardLocks(connection);
        foreach (var shard in options.Projections.AllShards().Where(s => projections.Contains(s.Name.Name)))
        {
            var lockId = ProjectionLockIds.Compute(options.Events.DatabaseSchemaName, shard.Name, options.Projections.DaemonLockId);
            if ((await connection.TryGetGlobalLock(lockId, ct)).Succeeded)
                continue;
            await locks.DisposeAsync();
            throw new ProjectionBusyException(
                $"{shard.Name.Name} is kept by the daemon of a running server, so it cannot be rebuilt from here now. Restart " +
                $"the servers with --{EventStoreServices.RunDaemonKey}=false (they keep serving), rebuild, then restart them without it.");
        }
        return locks;
    }

    public async ValueTask DisposeAsync()
    {
        // Session locks outlive a connection returned to the pool; let them go before it is.
        await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection))
            await unlock.ExecuteNonQueryAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>Another process is working on the projection.</summary>
internal sealed class ProjectionBusyException(string message) : Exception(message);
