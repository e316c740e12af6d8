using System.Net.Http.Headers;
using System.Text.Json;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>GraphQL over HTTP POST to the server under test.</summary>
internal sealed class GraphQLClient(HttpClient http, Uri endpoint)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public TimeSpan Timeout => http.Timeout;

    public static byte[] Body(string query, object? variables = null) => JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    public async Task<GraphQLAnswer> PostAsync(byte[] body, CancellationToken ct)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(endpoint, content, ct);
        return new GraphQLAnswer((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(ct));
    }

    /// <summary>Posts a query whose data the caller needs, and fails with what went wrong otherwise.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables, CancellationToken ct)
    {
        var answer = await PostAsync(Body(query, variables), ct);
        if (answer.Failure() is { } failure)
            throw new InvalidOperationException(failure);
        using var document = JsonDocument.Parse(answer.Body);
        return document.RootElement.GetProperty("data").Clone();
    }
}

/// <summary>An HTTP answer to a GraphQL request.</summary>
internal sealed record GraphQLAnswer(int Status, byte[] Body)
{
    private const int MessageLength = 120;

    /// <summary>
    /// Null when the request succeeded: status 200, data that is not null, and no errors (a partial answer is a failure).
    /// Otherwise the kind of failure: the HTTP status, or the first error's code and message.
    /// </summary>
    public string? Failure()
    {
        try
        {
            var reader = new Utf8JsonReader(Body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return $"HTTP {Status}, not a GraphQL response";
            var hasData = false;
            string? error = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("errors"))
                {
                    reader.Read();
                    using var errors = JsonDocument.ParseValue(ref reader);
                    error = FirstError(errors.RootElement);
                    continue;
                }
                var isData = reader.ValueTextEquals("data");
                reader.Read();
                if (isData)
                    hasData = reader.TokenType != JsonTokenType.Null;
                reader.Skip();
            }
            return (Status, error, hasData) switch
            {
                (200, null, true) => null,
                (200, null, false) => "no data and no errors",
                (200, _, _) => error,
                (_, null, _) => $"HTTP {Status}",
                _ => $"HTTP {Status}, {error}",
            };
        }
        catch (JsonException)
        {
            return $"HTTP {Status}, a body that is not JSON";
        }
    }

    private static string FirstError(JsonElement errors)
    {
        if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            return "errors that are not a list of errors";
        var first = errors[0];
        var code = first.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var c) ? c.GetString() : "no code";
        var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
        return $"{code}: {(message.Length > MessageLength ? message[..MessageLength] + "..." : message)}";
    }
}
