namespace AgreementTracker.GraphQL.Pagination;

/// <summary>SDL for connection types, to add next to a schema that pages through <c>nodeType</c>.</summary>
public static class ConnectionSdl
{
    public const string PageInfo = """
        type PageInfo {
          hasNextPage: Boolean!
          hasPreviousPage: Boolean!
          startCursor: String
          endCursor: String
        }
        """;

    public static string For(string nodeType) => $$"""
        type {{nodeType}}Connection {
          edges: [{{nodeType}}Edge!]!
          nodes: [{{nodeType}}!]!
          pageInfo: PageInfo!
          totalCount: Int!
        }

        type {{nodeType}}Edge {
          cursor: String!
          node: {{nodeType}}!
        }
        """;
}
