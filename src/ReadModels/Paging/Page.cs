namespace AgreementTracker.ReadModels.Paging;

/// <summary>Which part of a result of <c>totalCount</c> rows to fetch: the position of the first and how many.</summary>
public delegate (int Offset, int Limit) PageWindow(int totalCount);

/// <summary>A window of a larger result: its items, the position of the first in the whole result, and the whole result's size.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int TotalCount)
{
    /// <summary>The window of a whole result already in memory.</summary>
    public static Page<T> Of(IReadOnlyList<T> all, PageWindow window)
    {
        var (offset, limit) = window(all.Count);
        return new Page<T>(all.Skip(offset).Take(limit).ToList(), offset, all.Count);
    }
}
