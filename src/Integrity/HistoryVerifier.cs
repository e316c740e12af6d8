using Npgsql;

namespace AgreementTracker.Integrity;

/// <summary>
/// Recomputes every stream's hash chain from the stored events and names the first broken link: an altered event or
/// metadata, a missing version, a stream record that disagrees with its events, a hash whose event is gone. What a
/// per-stream chain cannot show is a whole stream removed with its record and hashes; that needs a log over all events.
/// </summary>
public static class HistoryVerifier
{
    private const int ReportEvery = 10_000;

    /// <summary>Marten's placeholder for a sequence number a failed append had taken; not history, not chained.</summary>
    private const string TombstoneType = "tombstone";

    public static async Task<HistoryReport> VerifyAsync(
        NpgsqlDataSource dataSource, string eventsSchema, IProgress<VerificationProgress>? progress = null, CancellationToken ct = default)
    {
        var schema = IntegritySchema.QuoteIdentifier(eventsSchema);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // One snapshot for the walk and the orphan checks, so appends going on meanwhile are not half seen.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var walk = await WalkChainsAsync(connection, transaction, schema, progress, ct);
        if (walk.FirstBrokenLink is not null)
            return walk;
        var orphan = await FirstOrphanAsync(connection, transaction, schema, ct);
        return walk with { FirstBrokenLink = orphan };
    }

    private static async Task<HistoryReport> WalkChainsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, IProgress<VerificationProgress>? progress, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT e.seq_id, e.stream_id, e.version, e.type, e.data::text, e.timestamp,
                   e.correlation_id, e.causation_id, e.user_name, e.headers::text, h.hash, s.version
            FROM {schema}.mt_events e
            LEFT JOIN integrity.event_hashes h ON h.seq_id = e.seq_id
            LEFT JOIN {schema}.mt_streams s ON s.id = e.stream_id
            WHERE e.type <> '{TombstoneType}'
            ORDER BY e.stream_id, e.version
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        long events = 0, streams = 0, lastSequence = 0;
        StreamChainCheck? chain = null;
        while (await reader.ReadAsync(ct))
        {
            var e = ReadEvent(reader);
            if (chain?.StreamId != e.StreamId)
            {
                if (chain?.Finish(lastSequence) is { } endBroken)
                    return new HistoryReport(events, streams, endBroken);
                chain = new StreamChainCheck(e.StreamId, reader.IsDBNull(11) ? null : reader.GetInt64(11));
                streams++;
            }
            if (chain.Check(e, reader.IsDBNull(10) ? null : reader.GetFieldValue<byte[]>(10)) is { } broken)
                return new HistoryReport(events, streams, broken);
            lastSequence = e.Sequence;
            if (++events % ReportEvery == 0)
                progress?.Report(new VerificationProgress(events, streams));
        }
        var last = chain?.Finish(lastSequence);
        progress?.Report(new VerificationProgress(events, streams));
        return new HistoryReport(events, streams, last);
    }

    /// <summary>Stream records with no events left, and hashes whose event was removed.</summary>
    private static async Task<BrokenLink?> FirstOrphanAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            (SELECT s.id, s.version, NULL::bigint, 'the stream record says version ' || s.version || ', but no events are stored'
             FROM {schema}.mt_streams s
             WHERE s.version > 0 AND NOT EXISTS (SELECT FROM {schema}.mt_events e WHERE e.stream_id = s.id)
             ORDER BY s.id LIMIT 1)
            UNION ALL
            (SELECT h.stream_id, h.version, h.seq_id, 'a hash is stored for this event, but the event is gone'
             FROM integrity.event_hashes h
             WHERE NOT EXISTS (SELECT FROM {schema}.mt_events e WHERE e.seq_id = h.seq_id)
             ORDER BY h.stream_id, h.version LIMIT 1)
            LIMIT 1
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new BrokenLink(reader.GetGuid(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.GetString(3))
            : null;
    }

    /// <summary>
    /// An event from a row's first ten columns: seq_id, stream_id, version, type, data::text, timestamp, correlation_id,
    /// causation_id, user_name, headers::text.
    /// </summary>
    internal static StoredEvent ReadEvent(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
        reader.GetFieldValue<DateTimeOffset>(5), NullableString(reader, 6), NullableString(reader, 7),
        NullableString(reader, 8), NullableString(reader, 9));

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
