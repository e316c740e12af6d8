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
