using System.Buffers;
using System.Collections;
using System.Security.Cryptography;
using System.Text.Json;
using AgreementTracker.Integrity.Log;
using Npgsql;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// Writes streams' whole history as one self-contained file (JSON Lines: a manifest, one event a line, a seal) that a
/// verifier with no access to our server can check: every event with all its hashed fields, its chain hash, and its
/// inclusion proof against a signed checkpoint, which travels in the manifest with the public key and each stream's
/// head; the seal signs every byte before it.
/// </summary>
public static class HistoryExport
{
    public const int ProgressEvery = 50_000;

    private const int ChunkBytes = 1 << 20;

    private static ReadOnlySpan<byte> LineFeed => "\n"u8;

    /// <param name="streamIds">The streams to export, whole; null for every stream.</param>
    /// <param name="scope">What the export is of, in the reader's words (e.g. "agreement 3f2a…").</param>
    /// <param name="checkpoint">A checkpoint whose tree holds every exported event (sign a new one first if needed).</param>
    /// <param name="key">The key that signed the checkpoint; it seals the file.</param>
    /// <param name="states">Each stream's state (JSON) as the exporter's read side holds it, to be replayed against.</param>
    /// <param name="progress">Told the events written and the total every <see cref="ProgressEvery"/> events and at the end.</param>
    public static async Task<long> WriteAsync(
        NpgsqlDataSource dataSource, string eventsSchema, IReadOnlyCollection<Guid>? streamIds, string scope,
        Checkpoint checkpoint, SigningKey key, Stream output, IReadOnlyDictionary<Guid, JsonElement>? states = null,
        IProgress<(long Written, long Total)>? progress = null, CancellationToken ct = default)
    {
        var events = await ReadEventsAsync(dataSource, eventsSchema, streamIds, ct);
        // Everything is every entry of the checkpoint's log: an entry whose event is gone would be a gap no one is told of.
        if (streamIds is null && FirstIndexMissing(events, checkpoint.Size) is { } missing)
            throw new BrokenLogException(await GapAsync(dataSource, missing, ct));
        var tree = await TransparencyLog.ReadTreeAsync(dataSource, ct);
        if (!tree.Holds(checkpoint))
            throw new BrokenLogException("The log does not match the checkpoint: it was not signed over this log.");
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Lines gather in a chunk that is digested and written whole: a write per line costs more than the line.
        var chunk = new ArrayBufferWriter<byte>(2 * ChunkBytes);
        using var writer = new Utf8JsonWriter(chunk);
        async Task WriteLineAsync<T>(T line)
        {
            JsonSerializer.Serialize(writer, line);
            writer.Reset();
            chunk.Write(LineFeed);
            if (chunk.WrittenCount >= ChunkBytes)
                await FlushAsync();
        }
        async Task FlushAsync()
        {
            digest.AppendData(chunk.WrittenSpan);
            await output.WriteAsync(chunk.WrittenMemory, ct);
            chunk.ResetWrittenCount();
        }

        await WriteLineAsync(new ExportManifest(
            ExportManifest.CurrentFormat, scope, events.Count, ExportedCheckpoint.Of(checkpoint), Convert.ToBase64String(key.PublicKey),
            HeadsOf(events), states, WholeLog: streamIds is null));
        long written = 0;
        foreach (var (e, hash, logIndex) in events)
        {
            if (logIndex is not { } index || index >= checkpoint.Size)
                throw new InvalidOperationException(
                    $"Event {e.Version} of stream {e.StreamId} is not in the checkpoint's tree of {checkpoint.Size} entries; sign a newer checkpoint first.");
            var proof = tree.InclusionProof(index, checkpoint.Size).Select(Convert.ToHexStringLower).ToList();
            await WriteLineAsync(new ExportedEvent(
                e.Sequence, e.StreamId, e.Version, e.Type, e.Data, e.Timestamp, e.CorrelationId, e.CausationId, e.UserName, e.Headers,
                Convert.ToHexStringLower(hash), index, proof));
            if (++written % ProgressEvery == 0)
                progress?.Report((written, events.Count));
        }
        await FlushAsync();
        await WriteLineAsync(ExportSeal.Of(digest.GetHashAndReset(), key));
        await FlushAsync();
        progress?.Report((written, events.Count));
        return events.Count;
    }

    /// <summary>Each stream's last event, in the order the streams are written (events come in stream and version order).</summary>
    private static List<StreamHead> HeadsOf(List<(StoredEvent Event, byte[] Hash, long? LogIndex)> events) =>
        events.Where((e, i) => i == events.Count - 1 || events[i + 1].Event.StreamId != e.Event.StreamId)
            .Select(e => new StreamHead(e.Event.StreamId, e.Event.Version, Convert.ToHexStringLower(e.Hash)))
            .ToList();

    /// <summary>The first index of the log of <paramref name="size"/> entries that no event has, or null when every one is there.</summary>
    private static long? FirstIndexMissing(List<(StoredEvent Event, byte[] Hash, long? LogIndex)> events, long size)
    {
        var present = new BitArray(checked((int)size));
        foreach (var (_, _, logIndex) in events)
            if (logIndex is { } index && index < size)
                present[(int)index] = true;
        for (var index = 0; index < present.Length; index++)
            if (!present[index])
                return index;
        return null;
    }

    /// <summary>What is missing at a log index: the entry itself, or the event it logged.</summary>
    private static async Task<string> GapAsync(NpgsqlDataSource dataSource, long index, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT seq_id FROM integrity.log_entries WHERE position = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = index });
        var missing = await command.ExecuteScalarAsync(ct) is long sequence
            ? $"Log index {index} is the event with sequence number {sequence}, which the history no longer holds: it was removed behind the append-only guards after it was logged"
            : $"The log has no entry at index {index}: it was removed behind the append-only guards";
        return $"{missing}. An export of everything would have a gap there, so none was written.";
    }

    private static async Task<List<(StoredEvent Event, byte[] Hash, long? LogIndex)>> ReadEventsAsync(
        NpgsqlDataSource dataSource, string eventsSchema, IReadOnlyCollection<Guid>? streamIds, CancellationToken ct)
    {
        var schema = IntegritySchema.QuoteIdentifier(eventsSchema);
        await using var command = dataSource.CreateCommand($"""
            SELECT e.seq_id, e.stream_id, e.version, e.type, e.data::text, e.timestamp,
                   e.correlation_id, e.causation_id, e.user_name, e.headers::text, h.hash, l.position
            FROM {schema}.mt_events e
            JOIN integrity.event_hashes h ON h.seq_id = e.seq_id
            LEFT JOIN integrity.log_entries l ON l.seq_id = e.seq_id
            WHERE ($1::uuid[] IS NULL OR e.stream_id = ANY($1))
            ORDER BY e.stream_id, e.version
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)streamIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Uuid });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var events = new List<(StoredEvent, byte[], long?)>();
        while (await reader.ReadAsync(ct))
            events.Add((HistoryVerifier.ReadEvent(reader), reader.GetFieldValue<byte[]>(10), reader.IsDBNull(11) ? null : reader.GetInt64(11)));
        return events;
    }
}
