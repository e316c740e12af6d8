using System.Text.Json.Nodes;
using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Conformance.Tests;

internal static class SchemaIntrospection
{
    /// <summary>Our answer to the introspection query graphql-js's buildClientSchema reads: the "data" object.</summary>
    public static async Task<JsonNode> OfAsync(Schema schema)
    {
        var result = await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Text });
        Assert.Null(result.Errors);
        return JsonNode.Parse(result.ToJson())!["data"]!;
    }
}
