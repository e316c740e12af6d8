using AgreementTracker.GraphQL.Pagination;
using static AgreementTracker.GraphQL.Tests.Execution.LibraryQueries;

namespace AgreementTracker.GraphQL.Tests.Pagination;

public sealed class ConnectionTests
{
    private static readonly IReadOnlyList<string> Letters = ["a", "b", "c", "d", "e"];

    [Fact]
    public void Pages_forward_with_first_and_after()
    {
        var first = ConnectionBuilder.FromList(Letters, new ConnectionArguments(First: 2));
        Assert.Equal(["a", "b"], first.Nodes);
        Assert.Equal(new PageInfo(true, false, Cursor.FromOffset(0), Cursor.FromOffset(1)), first.PageInfo);
        var second = ConnectionBuilder.FromList(Letters, new ConnectionArguments(First: 2, After: first.PageInfo.EndCursor));
        Assert.Equal(["c", "d"], second.Nodes);
        Assert.True(second.PageInfo.HasNextPage);
        Assert.True(second.PageInfo.HasPreviousPage);
        Assert.Equal(5, second.TotalCount);
    }

    [Fact]
    public void Pages_backward_with_last_and_before()
    {
        var page = ConnectionBuilder.FromList(Letters, new ConnectionArguments(Last: 2, Before: Cursor.FromOffset(4)));
        Assert.Equal(["c", "d"], page.Nodes);
        Assert.Equal([Cursor.FromOffset(2), Cursor.FromOffset(3)], page.Edges.Select(e => e.Cursor));
    }

    [Fact]
    public void Empty_pages_have_no_cursors()
    {
        var page = ConnectionBuilder.FromList(Letters, new ConnectionArguments(First: 0));
        Assert.Empty(page.Edges);
        Assert.Null(page.PageInfo.StartCursor);
        Assert.True(page.PageInfo.HasNextPage);
    }

    [Fact]
    public void Cursors_are_opaque_and_foreign_ones_are_refused()
    {
        Assert.DoesNotContain("cursor:", Cursor.FromOffset(3));
        Assert.Equal(3, Cursor.ToOffset(Cursor.FromOffset(3)));
        Assert.Equal("Invalid cursor \"bm9wZQ==\".", Assert.Throws<GraphQLError>(() => Cursor.ToOffset("bm9wZQ==")).Message);
        Assert.Throws<GraphQLError>(() => ConnectionBuilder.FromList(Letters, new ConnectionArguments(First: -1)));
    }

    [Fact]
    public void Window_tells_what_to_fetch_from_a_store()
    {
        Assert.Equal((3, 2), ConnectionBuilder.Window(new ConnectionArguments(First: 5, After: Cursor.FromOffset(2)), totalCount: 5));
        var page = ConnectionBuilder.FromWindow(["d", "e"], offset: 3, totalCount: 5);
        Assert.False(page.PageInfo.HasNextPage);
        Assert.Equal(Cursor.FromOffset(4), page.PageInfo.EndCursor);
    }

    [Fact]
    public async Task Connections_resolve_through_the_default_resolver()
    {
        var library = new SampleLibrary();
        var json = await Run(library, "{ books(first: 1) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }");
        var cursor = Cursor.FromOffset(0);
        Assert.Equal($$$$$"""{"data":{"books":{"totalCount":4,"edges":[{"cursor":"{{{{{cursor}}}}}","node":{"id":"b1"}}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":false,"endCursor":"{{{{{cursor}}}}}"}}}}""", json);
    }
}
