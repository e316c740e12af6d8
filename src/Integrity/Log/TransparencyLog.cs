using Npgsql;

namespace AgreementTracker.Integrity.Log;

/// <summary>
/// The append-only log over every event's chain hash (<c>schema/postgres/integrity/log.sql</c>): extended with the
/// events whose transactions can no longer be overtaken, and read back as a <see cref="MerkleTree"/>. Any number of
/// nodes may extend it; an advisory lock lets one at a time.
/// </summary>
public static class TransparencyLog
{
    // Any constant no other advisory lock in the database uses: "intlog" in ASCII.
    private const long ExtendLock = 0x696e746c6f67;

    /// <summary>Appends the events that have become stable since the last call; returns the log's new size.</summary>
    public static async Task<long> ExtendAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var wait = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ExtendLock})", connection, transaction))
            await wait.ExecuteNonQueryAsync(ct);
        // The last entry's (transaction, sequence) is the cursor: every event not yet logged sorts after it, since its
        // transaction was still running (or had not begun) when that entry's batch was taken.
        await using var extend = new NpgsqlCommand("""
            WITH last AS (
                SELECT position, tx_id, seq_id FROM integrity.log_entries ORDER BY position DESC LIMIT 1
            )
            INSERT INTO integrity.log_entries (position, seq_id, tx_id, entry)
            SELECT coalesce((SELECT position FROM last), -1) + row_number() OVER (ORDER BY h.tx_id, h.seq_id), h.seq_id, h.tx_id, h.hash
            FROM integrity.event_hashes h
            WHERE h.tx_id < pg_snapshot_xmin(pg_current_snapshot())
              AND (NOT EXISTS (SELECT FROM last) OR (h.tx_id, h.seq_id) > (SELECT tx_id, seq_id FROM last))
            ORDER BY h.tx_id, h.seq_id
            """, connection, transaction);
        await extend.ExecuteNonQueryAsync(ct);
        await using var size = new NpgsqlCommand("SELECT coalesce(max(position) + 1, 0) FROM integrity.log_entries", connection, transaction);
        var result = (long)(await size.ExecuteScalarAsync(ct))!;
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>
    /// Extends the log, signs its head with <paramref name="key"/> at the clock's now, and keeps the checkpoint; the
    /// key's public half is published first, so every stored checkpoint names a key anyone can read.
    /// </summary>
    public static async Task<Checkpoint> SignCheckpointAsync(NpgsqlDataSource dataSource, SigningKey key, TimeProvider clock, CancellationToken ct = default)
    {
        await using (var publish = dataSource.CreateCommand(
            "INSERT INTO integrity.signing_keys (key_id, public_key, created_at) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING"))
        {
            publish.Parameters.Add(new NpgsqlParameter { Value = key.Id });
            publish.Parameters.Add(new NpgsqlParameter { Value = key.PublicKey });
            publish.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() });
            await publish.ExecuteNonQueryAsync(ct);
        }
        await ExtendAsync(dataSource, ct);
        var tree = await ReadTreeAsync(dataSource, ct);
        var checkpoint = key.Sign(tree.Size, tree.RootHash, clock.GetUtcNow());
        await using var keep = dataSource.CreateCommand(
            "INSERT INTO integrity.checkpoints (size, root, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)");
        keep.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Size });
        keep.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Root });
        keep.Parameters.Add(new NpgsqlParameter { Value = checkpoint.SignedAt });
        keep.Parameters.Add(new NpgsqlParameter { Value = checkpoint.KeyId });
        keep.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Signature });
        await keep.ExecuteNonQueryAsync(ct);
        return checkpoint;
    }

    /// <summary>Every kept checkpoint, oldest first.</summary>
    public static async Task<IReadOnlyList<Checkpoint>> ReadCheckpointsAsync(NpgsqlDataSource dataSource, CancellationToken ct = default) =>
        await ReadCheckpointsAsync(dataSource, "ORDER BY signed_at, size", ct);

    /// <summary>The kept checkpoint of the largest log (the latest of those), or null before the first.</summary>
    public static async Task<Checkpoint?> ReadLargestCheckpointAsync(NpgsqlDataSource dataSource, CancellationToken ct = default) =>
        (await ReadCheckpointsAsync(dataSource, "ORDER BY size DESC, signed_at DESC LIMIT 1", ct)).SingleOrDefault();

    private static async Task<List<Checkpoint>> ReadCheckpointsAsync(NpgsqlDataSource dataSource, string orderAndLimit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT size, root, signed_at, key_id, signature FROM integrity.checkpoints {orderAndLimit}");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var checkpoints = new List<Checkpoint>();
        while (await reader.ReadAsync(ct))
            checkpoints.Add(new Checkpoint(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetString(3), reader.GetFieldValue<byte[]>(4)));
        return checkpoints;
    }

    /// <summary>The log's entries in order, as a tree: its root, and proofs for any entry and any earlier size.</summary>
    public static async Task<MerkleTree> ReadTreeAsync(NpgsqlDataSource dataSource, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("SELECT entry FROM integrity.log_entries ORDER BY position");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var entries = new List<byte[]>();
        while (await reader.ReadAsync(ct))
            entries.Add(reader.GetFieldValue<byte[]>(0));
        return new MerkleTree(entries);
    }
}
