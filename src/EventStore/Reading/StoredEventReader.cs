using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// The one mapping from an events row to an <see cref="EventEnvelope"/>, shared by every read path
/// (so upcasting applies everywhere). Events of one SaveChanges share their metadata, so a run of
/// identical metadata is parsed once.
/// </summary>
internal sealed class StoredEventReader(EventTypeRegistry registry)
{
    public const string Columns = "seq, stream_id, version, type, schema_version, data, metadata, created_at";

    private byte[] _lastMetadataJson = [];
    private EventMetadata _lastMetadata = EventMetadata.Empty;

    public EventEnvelope Read(NpgsqlDataReader reader)
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
            ParseMetadata(reader.GetFieldValue<byte[]>(6)),
            reader.GetFieldValue<DateTimeOffset>(7));
    }

    public static async Task<List<EventEnvelope>> ReadAllAsync(NpgsqlCommand command, EventTypeRegistry registry, CancellationToken cancellationToken)
    {
        var mapper = new StoredEventReader(registry);
        var events = new List<EventEnvelope>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            events.Add(mapper.Read(reader));
        return events;
    }

    private EventMetadata ParseMetadata(byte[] json)
    {
        if (!json.AsSpan().SequenceEqual(_lastMetadataJson))
        {
            _lastMetadata = MetadataJson.Parse(json);
            _lastMetadataJson = json;
        }
        return _lastMetadata;
    }
}
