using System.Text.Json;

namespace AgreementTracker.FaultSoak.Load;

/// <summary>What one attempt came back with, as the client must treat it.</summary>
internal enum AnswerKind
{
    /// <summary>Data and no errors: the mutation is acknowledged, the query answered.</summary>
    Acknowledged,

    /// <summary>The domain or the input rules said no: a final answer that writes nothing.</summary>
    Refused,

    /// <summary>CONCURRENCY_CONFLICT: a final answer; the caller must read again.</summary>
    Conflict,

    /// <summary>No answer the client can act on (the connection lost, a timeout, a 5xx, an unexpected error): send it again.</summary>
    Lost,
}

/// <summary>One attempt's outcome: its kind, for a lost one why (the failure's kind), for an acknowledgement the stream's version.</summary>
internal sealed record Answer(AnswerKind Kind, string? Failure = null, long? Version = null)
{
    public static Answer Lost(string failure) => new(AnswerKind.Lost, failure);

    public static Answer Read(int status, byte[] body, string field)
    {
        if (status >= 500)
            return Lost($"HTTP {status}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return Lost($"HTTP {status}, not JSON");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var code = errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : null;
                return code switch
                {
                    "CONCURRENCY_CONFLICT" => new Answer(AnswerKind.Conflict),
                    // The server could not tell whether the change was stored: as a lost answer, sent again with the same key.
                    null or "INTERNAL_SERVER_ERROR" or "DATABASE_UNAVAILABLE" => Lost($"HTTP {status}, {code ?? "an error without a code"}"),
                    _ => new Answer(AnswerKind.Refused, code),
                };
            }
            if (status != 200 || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                return Lost($"HTTP {status} without data");
            var payload = data.GetProperty(field);
            var version = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("agreement", out var agreement)
                ? agreement.GetProperty("version").GetInt64()
                : (long?)null;
            return new Answer(AnswerKind.Acknowledged, Version: version);
        }
    }
}
