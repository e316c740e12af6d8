using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// The response to a GraphQL request: <c>{"data": ..., "errors": [...], "extensions": {...}}</c>.
/// Serialize with <see cref="ToJson"/>, <see cref="WriteTo"/> or System.Text.Json (a converter is attached).
/// </summary>
[JsonConverter(typeof(ExecutionResultJsonConverter))]
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, object? data, IReadOnlyList<GraphQLError>? errors, RequestErrorKind errorKind = RequestErrorKind.None)
    {
        ErrorKind = errorKind;
        HasData = hasData;
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    /// <summary>A result of execution: data (null when a non-null root field failed) and any field errors.</summary>
    public static ExecutionResult FromData(object? data, IReadOnlyList<GraphQLError>? errors = null) => new(true, data, errors);

    /// <summary>A request that failed before execution started (syntax, validation, variables, operation selection): no "data" entry.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors, RequestErrorKind kind = RequestErrorKind.InvalidRequest) =>
        new(false, null, errors, kind);

    /// <summary>For request errors: which stage refused the request.</summary>
    public RequestErrorKind ErrorKind { get; }

    /// <summary>Whether the response has a "data" entry; false exactly when the request failed before execution.</summary>
    public bool HasData { get; }

    /// <summary>The data tree: read-only dictionaries (in response order), arrays and serialized scalar values.</summary>
    public object? Data { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>The failure happened before execution; HTTP transports answer 400 for it (GraphQL over HTTP).</summary>
    public bool IsRequestError => !HasData;

    /// <summary>
    /// Writer options matching JavaScript's JSON.stringify: only quotes, backslashes and control characters
    /// are escaped (no HTML-safe or non-ASCII escaping).
    /// </summary>
    public static JsonWriterOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => ToJson(JsonOptions);

    public string ToJson(JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options)) WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public void WriteTo(Utf8JsonWriter writer) => ResponseWriter.WriteResult(writer, this);
}

public sealed class ExecutionResultJsonConverter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are written, not read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options) => value.WriteTo(writer);
}
