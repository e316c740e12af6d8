using AgreementTracker.EventStore;
using Npgsql;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>The stored hash of each event, by global sequence: what an audit entry shows to chain it to the one before.</summary>
public static class EventHashes
{
    public const string Sql = "SELECT seq, hash FROM eventstore.events WHERE seq = ANY($1)";

    /// <param name="command">A command with <see cref="Sql"/>, on whichever connection or transaction the caller reads in.</param>
    public static async Task<Dictionary<long, byte[]>> ReadAsync(NpgsqlCommand command, IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Sequence).ToArray() });
        var hashes = new Dictionary<long, byte[]>(events.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            hashes[reader.GetInt64(0)] = reader.GetFieldValue<byte[]>(1);
        return hashes;
    }
}
