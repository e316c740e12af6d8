namespace AgreementTracker.GraphQL.Pagination;

/// <summary>Builds connection pages from a full list or from an already fetched window of a larger result.</summary>
public static class ConnectionBuilder
{
    /// <summary>Pages through an in-memory list following the Relay cursor connection algorithm.</summary>
    public static Connection<T> FromList<T>(IReadOnlyList<T> items, ConnectionArguments arguments)
    {
        var (offset, limit) = Window(arguments, items.Count);
        var window = new List<T>(limit);
        for (var i = offset; i < offset + limit; i++) window.Add(items[i]);
        return FromWindow(window, offset, items.Count);
    }

    /// <summary>
    /// A page whose items were fetched by the caller (e.g. SQL OFFSET/LIMIT): <paramref name="offset"/> is the
    /// position of the first item in the whole result, of which there are <paramref name="totalCount"/>.
    /// </summary>
    public static Connection<T> FromWindow<T>(IReadOnlyList<T> window, int offset, int totalCount)
    {
        var edges = new List<Edge<T>>(window.Count);
        for (var i = 0; i < window.Count; i++) edges.Add(new Edge<T>(Cursor.FromOffset(offset + i), window[i]));
        var pageInfo = new PageInfo(
            HasNextPage: offset + window.Count < totalCount,
            HasPreviousPage: offset > 0,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor: edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    /// <summary>The window <see cref="FromWindow{T}"/> needs for these arguments: where to start and how many to fetch.</summary>
    public static (int Offset, int Limit) Window(ConnectionArguments arguments, int totalCount)
    {
        arguments.Validate();
        var start = arguments.After is null ? 0 : Math.Min(Cursor.ToOffset(arguments.After) + 1, totalCount);
        var end = arguments.Before is null ? totalCount : Math.Clamp(Cursor.ToOffset(arguments.Before), start, totalCount);
        if (arguments.First is { } first) end = Math.Min(end, start + first);
        if (arguments.Last is { } last) start = Math.Max(start, end - last);
        return (start, end - start);
    }
}
