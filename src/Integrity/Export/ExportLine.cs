using System.Text.Json;
using System.Text.Json.Serialization;
using AgreementTracker.Integrity.Log;

namespace AgreementTracker.Integrity.Export;

/// <summary>
/// The first line of an export: what it holds, the signed checkpoint and key every proof in it leads to, each exported
/// stream's head (its last event) as the log held it at the checkpoint, and, where the exporter states them, each
/// stream's state after its last event, for a verifier to replay the events against; and, for an export of everything,
/// that it holds every entry of the checkpoint's log (written only then, so other exports read as before). The seal on
/// the last line signs all of it.
/// </summary>
public sealed record ExportManifest(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("scope")] string Scope,
    [property: JsonPropertyName("events")] long Events,
    [property: JsonPropertyName("checkpoint")] ExportedCheckpoint Checkpoint,
    [property: JsonPropertyName("publicKey")] string PublicKey,
    [property: JsonPropertyName("streams")] IReadOnlyList<StreamHead> Streams,
    [property: JsonPropertyName("states")] IReadOnlyDictionary<Guid, JsonElement>? States,
    [property: JsonPropertyName("wholeLog"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool WholeLog = false)
{
    public const string CurrentFormat = "agreementtracker-history-export/2";
}

/// <summary>A stream's last event in an export: the exporter's signed word that the stream ends there.</summary>
public sealed record StreamHead(
    [property: JsonPropertyName("streamId")] Guid StreamId,
    [property: JsonPropertyName("version")] long Version,
    [property: JsonPropertyName("hash")] string Hash);

/// <summary>A signed checkpoint as a file carries it: hashes and signature in base64.</summary>
public sealed record ExportedCheckpoint(
    [property: JsonPropertyName("size")] long Size,
    [property: JsonPropertyName("root")] string Root,
    [property: JsonPropertyName("signedAt")] DateTimeOffset SignedAt,
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("signature")] string Signature)
{
    public static ExportedCheckpoint Of(Checkpoint c) =>
        new(c.Size, Convert.ToBase64String(c.Root), c.SignedAt, c.KeyId, Convert.ToBase64String(c.Signature));

    public Checkpoint ToCheckpoint() => new(Size, Convert.FromBase64String(Root), SignedAt, KeyId, Convert.FromBase64String(Signature));
}

/// <summary>
/// One event of an export, every field its hash covers exactly as stored: <see cref="Data"/> and
/// <see cref="Headers"/> are PostgreSQL's jsonb text, kept as strings so no JSON library can respell them, and the time
/// keeps its microseconds. <see cref="LogIndex"/> and <see cref="Inclusion"/> place its hash in the checkpoint's tree.
/// </summary>
public sealed record ExportedEvent(
    [property: JsonPropertyName("seq")] long Sequence,
    [property: JsonPropertyName("streamId")] Guid StreamId,
    [property: JsonPropertyName("version")] long Version,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("data")] string Data,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp,
    [property: JsonPropertyName("correlationId")] string? CorrelationId,
    [property: JsonPropertyName("causationId")] string? CausationId,
    [property: JsonPropertyName("userName")] string? UserName,
    [property: JsonPropertyName("headers")] string? Headers,
    [property: JsonPropertyName("hash")] string Hash,
    [property: JsonPropertyName("logIndex")] long LogIndex,
    [property: JsonPropertyName("inclusion")] IReadOnlyList<string> Inclusion)
{
    /// <summary>The event as its hash covers it.</summary>
    public StoredEvent ToStoredEvent() =>
        new(Sequence, StreamId, Version, Type, Data, Timestamp, CorrelationId, CausationId, UserName, Headers);
}
