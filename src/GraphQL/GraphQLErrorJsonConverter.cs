using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgreementTracker.GraphQL;

/// <summary>Writes an error as <c>{message, locations, path, extensions}</c>; errors are never read back.</summary>
public sealed class GraphQLErrorJsonConverter : JsonConverter<GraphQLError>
{
    public override GraphQLError Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GraphQL errors are written to responses, not read from them.");

    public override void Write(Utf8JsonWriter writer, GraphQLError value, JsonSerializerOptions options) =>
        AgreementTracker.GraphQL.Execution.ResponseWriter.WriteError(writer, value);
}
