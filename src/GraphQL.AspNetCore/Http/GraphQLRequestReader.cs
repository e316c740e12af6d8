using System.IO.Pipelines;
using System.Text.Json;
using AgreementTracker.GraphQL.Execution;
using Microsoft.Net.Http.Headers;

namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters from a POST body or a GET query string, refusing
/// anything malformed with the 4xx the draft prescribes and a message naming what is wrong.
/// </summary>
internal static class GraphQLRequestReader
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";

    public static async Task<(GraphQLRequest? Request, RequestError? Error)> ReadPostAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellation)
    {
        if (RefuseContentType(request.ContentType) is { } unsupported) return (null, unsupported);
        if (request.ContentLength > maxBodyBytes) return (null, TooLarge(maxBodyBytes));

        var reader = request.BodyReader;
        ReadResult read;
        try
        {
            while (true)
            {
                read = await reader.ReadAsync(cancellation);
                if (read.Buffer.Length > maxBodyBytes)
                {
                    reader.AdvanceTo(read.Buffer.End);
                    return (null, TooLarge(maxBodyBytes));
                }
                if (read.IsCompleted || read.IsCanceled) break;
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }
        catch (BadHttpRequestException unreadable)
        {
            return (null, new RequestError(unreadable.StatusCode, $"The request body could not be read: {unreadable.Message}"));
        }

        try
        {
            using var body = JsonDocument.Parse(read.Buffer);
            return ReadPayload(body.RootElement);
        }
        catch (JsonException malformed)
        {
            return (null, RequestError.BadRequest($"The request body is not valid JSON: {malformed.Message}"));
        }
        finally
        {
            reader.AdvanceTo(read.Buffer.End);
        }
    }

    private static RequestError TooLarge(long maxBodyBytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than the {maxBodyBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes this server accepts.");

    /// <summary>Reads the parameters from a JSON object: a POST body, or a graphql-transport-ws subscribe payload.</summary>
    public static (GraphQLRequest? Request, RequestError? Error) ReadPayload(JsonElement? payload)
    {
        if (payload is not { ValueKind: JsonValueKind.Object } parameters)
        {
            return (null, RequestError.BadRequest("The request must be a JSON object with a \"query\" string."));
        }
        return FromParameters(
            Property(parameters, Query),
            Property(parameters, OperationName),
            Property(parameters, Variables),
            Property(parameters, Extensions));
    }

    public static (GraphQLRequest? Request, RequestError? Error) ReadGet(IQueryCollection parameters)
    {
        var values = new Dictionary<string, JsonElement?>();
        foreach (var name in (string[])[Query, OperationName, Variables, Extensions])
        {
            var given = parameters[name];
            if (given.Count > 1) return (null, RequestError.BadRequest($"The \"{name}\" parameter is given {given.Count} times."));
            if (given.Count == 0) continue;
            if (name is Variables or Extensions)
            {
                var (value, error) = ParseJsonParameter(name, given[0]!);
                if (error is not null) return (null, error);
                values[name] = value;
            }
            else
            {
                values[name] = JsonSerializer.SerializeToElement(given[0]);
            }
        }
        return FromParameters(
            values.GetValueOrDefault(Query),
            values.GetValueOrDefault(OperationName),
            values.GetValueOrDefault(Variables),
            values.GetValueOrDefault(Extensions));
    }

    private static RequestError? RefuseContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return new RequestError(StatusCodes.Status415UnsupportedMediaType, $"A POST request needs the Content-Type {GraphQLMediaTypes.Json}.");
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new RequestError(StatusCodes.Status415UnsupportedMediaType, $"The Content-Type {contentType} is not supported; send {GraphQLMediaTypes.Json}.");
        }
        var charset = mediaType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return new RequestError(StatusCodes.Status415UnsupportedMediaType, $"The charset {charset} is not supported; send utf-8.");
        }
        return null;
    }

    private static (JsonElement? Value, RequestError? Error) ParseJsonParameter(string name, string text)
    {
        try
        {
            using var parsed = JsonDocument.Parse(text);
            return (parsed.RootElement.Clone(), null);
        }
        catch (JsonException malformed)
        {
            return (null, RequestError.BadRequest($"The \"{name}\" parameter is not valid JSON: {malformed.Message}"));
        }
    }

    private static JsonElement? Property(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? value.Clone() : null;

    private static (GraphQLRequest? Request, RequestError? Error) FromParameters(
        JsonElement? query, JsonElement? operationName, JsonElement? variables, JsonElement? extensions)
    {
        if (query is not { ValueKind: JsonValueKind.String } queryText)
        {
            return (null, RequestError.BadRequest(query is null or { ValueKind: JsonValueKind.Null }
                ? "The request has no \"query\"."
                : $"The \"query\" must be a string, not {Describe(query.Value)}."));
        }
        if (operationName is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) } badName)
        {
            return (null, RequestError.BadRequest($"The \"operationName\" must be a string or null, not {Describe(badName)}."));
        }
        if (ObjectOrNull(Variables, variables) is { } badVariables) return (null, badVariables);
        if (ObjectOrNull(Extensions, extensions) is { } badExtensions) return (null, badExtensions);

        return (new GraphQLRequest
        {
            Query = queryText.GetString(),
            OperationName = operationName?.ValueKind == JsonValueKind.String ? operationName.Value.GetString() : null,
            Variables = variables?.ValueKind == JsonValueKind.Object ? variables : null,
            Extensions = extensions?.ValueKind == JsonValueKind.Object ? extensions : null,
        }, null);
    }

    private static RequestError? ObjectOrNull(string name, JsonElement? value) =>
        value is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) } wrong
            ? RequestError.BadRequest($"The \"{name}\" must be a JSON object or null, not {Describe(wrong)}.")
            : null;

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
