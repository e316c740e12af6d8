using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>The one mapping from an events row to an <see cref="EventEnvelope"/>, shared by every read path (so upcasting applies everywhere).</summary>
internal static class StoredEventReader
{
    public const string Columns = "seq, stream_id, version, type, schema_version, data, metadata, created_at";

    public static EventEnvelope Read(NpgsqlDataReader reader, EventTypeRegistry registry)
    {
        var sequence = reader.GetInt64(0);
        var type = reader.GetString(3);
        var schemaVersion = reader.GetInt32(4);
        return new EventEnvelope(
            sequence,
            reader.GetGuid(1),
            reader.GetInt64(2),
            type,
            schemaVersion,
            registry.Deserialize(type, schemaVersion, reader.GetFieldValue<byte[]>(5), sequence),
            MetadataJson.Parse(reader.GetFieldValue<byte[]>(6)),
            reader.GetFieldValue<DateTimeOffset>(7));
    }

    public static async Task<List<EventEnvelope>> ReadAllAsync(NpgsqlCommand command, EventTypeRegistry registry, CancellationToken cancellationToken)
    {
        var events = new List<EventEnvelope>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            events.Add(Read(reader, registry));
        return events;
    }
}
