using AgreementTracker.Server.EventSourcing;
using AgreementTracker.Server.Hosting;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Weasel.Postgresql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>
/// The advisory locks a rebuild holds so that nothing writes into what it is rebuilding:
/// <list type="bullet">
/// <item>an async projection's shards, by which the servers' hot/cold daemons share them out: a daemon that ran a shard
/// meanwhile would write into the tables the rebuild has just emptied, and fail on what it then reads back;</item>
/// <item>for an inline projection, <see cref="ServingNodeLock"/> to itself: a server appending meanwhile would fold its
/// change onto a half-rebuilt document and store that over the rebuild's.</item>
/// </list>
/// </summary>
internal sealed class RebuildLocks : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;

    private RebuildLocks(NpgsqlConnection connection) => _connection = connection;

    /// <exception cref="ProjectionBusyException">A server's daemon holds a shard of one of the projections, or a server runs while an inline one is to be rebuilt.</exception>
    public static async Task<RebuildLocks> TakeAsync(IDocumentStore store, NpgsqlDataSource dataSource, IReadOnlyList<string> projections, CancellationToken ct)
    {
        var options = (StoreOptions)store.Options;
        var locks = new RebuildLocks(await dataSource.OpenConnectionAsync(ct));
        try
        {
            foreach (var shard in options.Projections.AllShards().Where(s => projections.Contains(s.Name.Name)))
            {
                var lockId = ProjectionLockIds.Compute(options.Events.DatabaseSchemaName, shard.Name, options.Projections.DaemonLockId);
                if (!(await locks._connection.TryGetGlobalLock(lockId, ct)).Succeeded)
                    throw new ProjectionBusyException(
                        $"{shard.Name.Name} is kept by the daemon of a running server, so it cannot be rebuilt from here now. Restart " +
                        $"the servers with --{EventStoreServices.RunDaemonKey}=false (they keep serving), rebuild, then restart them without it.");
            }
            var inline = options.Projections.All.Where(p => p.Lifecycle == ProjectionLifecycle.Inline && projections.Contains(p.Name)).Select(p => p.Name).ToList();
            if (inline.Count > 0 && !(await locks._connection.TryGetGlobalLock(ServingNodeLock.Id, ct)).Succeeded)
                throw new ProjectionBusyException(
                    $"{string.Join(", ", inline)} {(inline.Count == 1 ? "is" : "are")} written by every running server as it appends (its own deadlines " +
                    "too, with nobody using it), so a server runs on this database now. Stop the servers, rebuild, then start them " +
                    "again; a server started during the rebuild waits for it.");
            return locks;
        }
        catch
        {
            await locks.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Session locks outlive a connection returned to the pool; let them go before it is.
        await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", _connection))
            await unlock.ExecuteNonQueryAsync();
        await _connection.DisposeAsync();
    }
}

/// <summary>Another process is working on the projection, or writing into it.</summary>
internal sealed class ProjectionBusyException(string message) : Exception(message);
