using System.Globalization;
using System.Text;

namespace AgreementTracker.Server.Maintenance;

/// <summary>How a live table and its rebuild differ: how many rows each has that the other lacks, and the first few of them.</summary>
internal sealed record TableDifference(string Table, long OnlyLive, IReadOnlyList<string> LiveExamples, long OnlyRebuilt, IReadOnlyList<string> RebuiltExamples)
{
    public const int Examples = 3;

    public bool Equal => OnlyLive == 0 && OnlyRebuilt == 0;

    public override string ToString()
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture,
            $"  {Table}: rows only live {OnlyLive:N0}, only in the rebuild {OnlyRebuilt:N0}"));
        foreach (var row in LiveExamples)
            text.Append(CultureInfo.InvariantCulture, $"\n    live:    {row}");
        foreach (var row in RebuiltExamples)
            text.Append(CultureInfo.InvariantCulture, $"\n    rebuilt: {row}");
        return text.ToString();
    }
}

/// <summary>One projection checked: what was compared, and where it differs.</summary>
internal sealed record ProjectionCheckReport(string Projection, string Compared, IReadOnlyList<TableDifference> Tables)
{
    public bool Consistent => Tables.All(t => t.Equal);

    public override string ToString() => Consistent
        ? $"{Projection}: consistent ({Compared})"
        : string.Join('\n', [$"{Projection}: INCONSISTENT ({Compared})", .. Tables.Where(t => !t.Equal).Select(t => t.ToString())]);
}
