using System.Text.Json;
using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Changes;
using Npgsql;

namespace AgreementTracker.FaultSoak.Proofs;

/// <summary>An idempotency key's receipt as Marten stores it: the stream and the versions before and after the command.</summary>
internal sealed record Receipt(Guid StreamId, long PreviousVersion, long Version);

/// <summary>The events one correlation id wrote on one stream: how many, and the versions they span.</summary>
internal sealed record WrittenRun(Guid StreamId, long FirstVersion, long LastVersion, long Count);

/// <summary>What the database holds for the soak's mutations, read from Marten's own tables once the load has stopped.</summary>
internal sealed class StoredWrites(IReadOnlyDictionary<Guid, Receipt> receipts, IReadOnlyDictionary<string, IReadOnlyList<WrittenRun>> runs)
{
    private static readonly JsonSerializerOptions ReceiptJson = new() { PropertyNameCaseInsensitive = true };

    public Receipt? ReceiptOf(string actor, string idempotencyKey) =>
        receipts.GetValueOrDefault(IdempotencyKeys.CommandIdFor(actor, idempotencyKey));

    public IReadOnlyList<WrittenRun> WrittenBy(string correlationId) => runs.GetValueOrDefault(correlationId) ?? [];

    /// <summary>Every receipt, and the events the actor wrote grouped by correlation id and stream.</summary>
    public static async Task<StoredWrites> ReadAsync(NpgsqlDataSource database, string actor)
    {
        var receipts = new Dictionary<Guid, Receipt>();
        await using (var command = database.CreateCommand($"SELECT id, data::text FROM {AgreementsModule.Schema}.mt_doc_commandreceipt"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                receipts[reader.GetGuid(0)] = JsonSerializer.Deserialize<Receipt>(reader.GetString(1), ReceiptJson)!;
        }
        var runs = new Dictionary<string, List<WrittenRun>>();
        await using (var command = database.CreateCommand($"""
            SELECT correlation_id, stream_id, min(version), max(version), count(*)
            FROM {AgreementsModule.Schema}.mt_events
            WHERE user_name = $1 AND correlation_id IS NOT NULL
            GROUP BY correlation_id, stream_id
            """))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = actor });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var correlation = reader.GetString(0);
                if (!runs.TryGetValue(correlation, out var list))
                    runs[correlation] = list = [];
                list.Add(new WrittenRun(reader.GetGuid(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4)));
            }
        }
        return new StoredWrites(receipts, runs.ToDictionary(r => r.Key, r => (IReadOnlyList<WrittenRun>)r.Value));
    }
}
