using System.Text.Json;

namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>The GraphQL-over-HTTP request parameters, however they arrived (POST body or GET query string).</summary>
/// <param name="Variables">A JSON object, or null when the client sent none.</param>
/// <param name="Extensions">A JSON object, or null when the client sent none.</param>
public sealed record GraphQLRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions);
