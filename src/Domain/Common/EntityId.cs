using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Common;

/// <summary>A Guid given a domain meaning, so an AgreementId can never be passed where a KpiId is expected.</summary>
public interface IEntityId<TSelf> where TSelf : struct, IEntityId<TSelf>
{
    Guid Value { get; }
    static abstract TSelf From(Guid value);
}

/// <summary>Writes an id as its bare Guid (also as a dictionary key), so stored events read naturally.</summary>
public sealed class EntityIdJsonConverter<TId> : JsonConverter<TId> where TId : struct, IEntityId<TId>
{
    public override TId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TId.From(reader.GetGuid());

    public override void Write(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    public override TId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TId.From(Guid.Parse(reader.GetString()!));

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TId value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Value.ToString());
}
