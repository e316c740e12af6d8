using System.Data;
using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// Recomputes every stream's hash chain from the stored rows, streaming them in (stream, version)
/// order so memory stays flat however many events there are. Checks, per stream: versions run 1..n
/// without gaps, each stored previous hash is the prior event's hash, each hash matches the event's
/// contents, and the stream record's version and last hash match its last event.
/// </summary>
internal sealed class IntegrityVerifier(StreamStore store)
{
    private const int ProgressEvery = 100_000;

    private const string ChainSql = """
        SELECT e.stream_id, e.version, e.seq, e.type, e.schema_version, e.data, e.metadata, e.created_at, e.hash, e.previous_hash,
               s.version, s.last_hash
        FROM eventstore.events e LEFT JOIN eventstore.streams s ON s.id = e.stream_id
        ORDER BY e.stream_id, e.version
        """;

    private const string EmptyStreamsSql = """
        SELECT s.id, s.version FROM eventstore.streams s
        WHERE NOT EXISTS (SELECT 1 FROM eventstore.events e WHERE e.stream_id = s.id)
        LIMIT 1
        """;

    public async Task<IntegrityReport> VerifyAsync(IProgress<IntegrityProgress>? progress, CancellationToken cancellationToken)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        long events = 0, streams = 0;
        var chain = new StreamChain();

        await using (var command = new NpgsqlCommand(ChainSql, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var row = StoredChainRow.Read(reader);
                if (row.StreamId != chain.StreamId)
                {
                    if (chain.Finish() is { } tail) return new IntegrityReport(events, streams, tail);
                    chain = new StreamChain(row);
                    streams++;
                }
                if (chain.Check(row) is { } violation)
                    return new IntegrityReport(events, streams, violation);
                if (++events % ProgressEvery == 0)
                    progress?.Report(new IntegrityProgress(events, streams));
            }
        }
        if (chain.Finish() is { } last) return new IntegrityReport(events, streams, last);

        await using (var command = new NpgsqlCommand(EmptyStreamsSql, connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
                return new IntegrityReport(events, streams, new IntegrityViolation(reader.GetGuid(0), reader.GetInt64(1), null,
                    $"the stream record says version {reader.GetInt64(1)}, but the stream has no events", null, null));
        }
        progress?.Report(new IntegrityProgress(events, streams));
        return new IntegrityReport(events, streams, null);
    }
}
