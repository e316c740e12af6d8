using System.Text.Json;

namespace AgreementTracker.Messaging;

/// <summary>A message claimed for handling. Its id is stable across retries, so handlers can use it as an idempotency key.</summary>
public sealed record Message(Guid Id, string Kind, JsonElement Payload, DateTimeOffset DueAt, int Attempt)
{
    public T PayloadAs<T>() =>
        Payload.Deserialize<T>(MessageJson.Options)
        ?? throw new JsonException($"The payload of message {Id} ({Kind}) is empty.");
}

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
