using JasperFx.Events;
using Marten;
using Npgsql;

namespace AgreementTracker.Agreements.Audit;

/// <summary>Each event's link in its stream's hash chain, as the integrity layer stored it when the event was appended.</summary>
public static class ChainHashes
{
    /// <returns>The hashes by Marten's global sequence (<c>seq_id</c>); Marten's tombstones have none.</returns>
    public static async Task<Dictionary<long, byte[]>> ReadAsync(IQuerySession session, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand("SELECT seq_id, hash FROM integrity.event_hashes WHERE seq_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Sequence).ToArray() });
        var hashes = new Dictionary<long, byte[]>(events.Count);
        await using var reader = await session.ExecuteReaderAsync(command, cancellation);
        while (await reader.ReadAsync(cancellation))
            hashes[reader.GetInt64(0)] = reader.GetFieldValue<byte[]>(1);
        return hashes;
    }
}
