using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementTracker.EventStore;

/// <summary>The stored JSON form of <see cref="EventMetadata"/>: camelCase, absent fields left out.</summary>
internal static class MetadataJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] ToCanonicalJson(EventMetadata metadata) =>
        CanonicalJson.Canonicalize(JsonSerializer.SerializeToUtf8Bytes(metadata, Options));

    public static EventMetadata Parse(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<EventMetadata>(json, Options) ?? EventMetadata.Empty;
}
