using System.Text.Json;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>A GraphQL request as transports receive it: query text, optional operation name, variables and extensions.</summary>
public sealed record GraphQLRequest
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    /// <summary>The "variables" JSON object (null or absent means none).</summary>
    public JsonElement? Variables { get; init; }

    public JsonElement? Extensions { get; init; }
}
