using System.Text.RegularExpressions;

namespace AgreementTracker.FaultSoak.Report;

/// <summary>
/// The errors the nodes logged (the server writes one line per entry; <c>fail</c> and <c>crit</c> are errors), grouped
/// with ids, times and numbers masked, so that an unexplained failure a client saw can be traced to its cause.
/// </summary>
internal static partial class NodeErrors
{
    private const int LongestSample = 400;

    public static IReadOnlyList<(string Sample, int Count)> From(IEnumerable<string> outputs) =>
        outputs
            .SelectMany(output => output.Split('\n'))
            .Where(line => line.Contains(" fail: ", StringComparison.Ordinal) || line.Contains(" crit: ", StringComparison.Ordinal))
            .Select(line => line.Trim())
            .GroupBy(line => Variable().Replace(line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..], "…"))
            .Select(g => (Sample: g.First().Length > LongestSample ? g.First()[..LongestSample] + " …" : g.First(), Count: g.Count()))
            .OrderByDescending(e => e.Count)
            .ToList();

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|[0-9A-Z]{13}:[0-9A-F]{8}|\d+")]
    private static partial Regex Variable();
}
