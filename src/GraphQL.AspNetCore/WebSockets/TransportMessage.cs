using System.Text.Json;

namespace AgreementTracker.GraphQL.AspNetCore.WebSockets;

/// <summary>One graphql-transport-ws message from the client: its type, the operation id and the payload.</summary>
internal sealed record TransportMessage(string Type, string? Id, JsonElement? Payload)
{
    /// <summary>Parses a text frame; a malformed one gets the reason the socket is closed with (4400).</summary>
    public static (TransportMessage? Message, string? Problem) Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return (null, "Invalid message received: not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                return (null, "Invalid message received: a message is an object with a \"type\" string");
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                if (idElement.ValueKind != JsonValueKind.String || idElement.GetString() is not { Length: > 0 } text)
                {
                    return (null, "Invalid message received: \"id\" must be a non-empty string");
                }
                id = text;
            }

            JsonElement? payload = root.TryGetProperty("payload", out var payloadElement) && payloadElement.ValueKind != JsonValueKind.Null
                ? payloadElement.Clone()
                : null;
            return (new TransportMessage(type.GetString()!, id, payload), null);
        }
    }
}
