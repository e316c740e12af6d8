using AgreementTracker.Integrity.Log;
using Npgsql;

namespace AgreementTracker.Server.Integrity;

/// <summary>
/// One round of signing on the schedule: a checkpoint when the last one is at least <c>Integrity:SignEvery</c> old and
/// the log has grown since. Nodes on one database take the round in turn (a transaction-level advisory lock; a node that
/// finds it taken leaves the round to the holder) and the holder reads the last checkpoint under the lock, so a round
/// signs once however many nodes run it.
/// </summary>
public sealed class CheckpointSchedule(NpgsqlDataSource dataSource, CheckpointSigner signer, TimeProvider clock)
{
    // Any constant no other advisory lock in the database uses: "ckpoint" in ASCII.
    private const long RoundLock = 0x636b706f696e74;

    private TimeSpan Every => signer.Settings.SignEvery;

    /// <summary>How long until a checkpoint is due: one interval after the last one, or after now if there is none.</summary>
    public async Task<TimeSpan> UntilDueAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return Until(await LastAsync(connection, null, ct));
    }

    /// <returns>The checkpoint signed, if this round signed one, and how long until the next round.</returns>
    public async Task<(SignedCheckpoint? Signed, TimeSpan Next)> RunAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var take = new NpgsqlCommand($"SELECT pg_try_advisory_xact_lock({RoundLock})", connection, transaction))
        {
            if (!(bool)(await take.ExecuteScalarAsync(ct))!)
                return (null, Every);
        }
        var last = await LastAsync(connection, transaction, ct);
        if (last is { } previous && clock.GetUtcNow() - previous.SignedAt < Every)
            return (null, Until(last));
        if (await TransparencyLog.ExtendAsync(dataSource, ct) == (last?.Size ?? 0))
            return (null, Every);
        return (await signer.SignAsync(ct), Every);
    }

    private TimeSpan Until((long Size, DateTimeOffset SignedAt)? last)
    {
        if (last is not { } previous)
            return Every;
        var wait = previous.SignedAt + Every - clock.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    private static async Task<(long Size, DateTimeOffset SignedAt)?> LastAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT size, signed_at FROM integrity.checkpoints ORDER BY signed_at DESC, size DESC LIMIT 1", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1)) : null;
    }
}
