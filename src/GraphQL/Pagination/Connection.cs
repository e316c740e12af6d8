namespace AgreementTracker.GraphQL.Pagination;

/// <summary>A page of a cursor connection (Relay style); field names match the SDL from <see cref="ConnectionSdl"/>.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int totalCount)
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IReadOnlyList<T> Nodes { get; } = edges.Select(edge => edge.Node).ToList();

    public PageInfo PageInfo { get; } = pageInfo;

    public int TotalCount { get; } = totalCount;
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
