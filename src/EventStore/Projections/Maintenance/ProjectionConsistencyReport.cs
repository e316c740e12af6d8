using System.Text;

namespace AgreementTracker.EventStore;

/// <summary>
/// A projection's live tables compared with a copy rebuilt from the events up to the same position,
/// table by table, rows as multisets (a row twice in one and once in the other is a difference).
/// </summary>
public sealed record ProjectionConsistencyReport(
    string Projection, ProjectionLifecycle Lifecycle, long EventsReplayed, IReadOnlyList<TableDifference> Tables)
{
    public bool Consistent => Tables.All(t => t.Identical);

    /// <summary>One line per table, and the sample rows of each table that differs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"Projection '{Projection}' ({Lifecycle.ToString().ToLowerInvariant()}, {EventsReplayed} events replayed): ");
        text.Append(Consistent ? "consistent" : "INCONSISTENT");
        foreach (var table in Tables)
        {
            text.Append($"\n  {table.Table}: ");
            if (table.Identical)
            {
                text.Append("identical");
                continue;
            }
            text.Append($"{table.RowsOnlyInLive} rows only in the live table, {table.RowsOnlyInRebuilt} rows only in the rebuilt copy");
            foreach (var row in table.SampleOnlyInLive)
                text.Append($"\n    live only:    {row}");
            foreach (var row in table.SampleOnlyInRebuilt)
                text.Append($"\n    rebuilt only: {row}");
        }
        return text.ToString();
    }
}

/// <summary>The rows of one table found on one side only, counted, with a few of them as PostgreSQL row text.</summary>
public sealed record TableDifference(
    string Table, long RowsOnlyInLive, long RowsOnlyInRebuilt, IReadOnlyList<string> SampleOnlyInLive, IReadOnlyList<string> SampleOnlyInRebuilt)
{
    public bool Identical => RowsOnlyInLive == 0 && RowsOnlyInRebuilt == 0;
}
