namespace AgreementTracker.GraphQL.AspNetCore.Http;

/// <summary>The media types of the GraphQL-over-HTTP draft.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The response type whose status codes tell request errors (4xx) from executed requests (2xx).</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type: 200 for every well-formed request; also the request body type.</summary>
    public const string Json = "application/json";

    public const string Html = "text/html";
}
