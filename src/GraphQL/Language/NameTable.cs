using System.Collections.Concurrent;

namespace AgreementTracker.GraphQL.Language;

/// <summary>
/// Shares the string instances of names seen before, so documents parsed repeatedly do not
/// allocate a new string per name and name comparisons often hit reference equality.
/// Bounded so hostile input cannot grow it without limit.
/// </summary>
internal static class NameTable
{
    private const int MaxEntries = 50_000;
    private static readonly ConcurrentDictionary<string, string> Names = new();
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Intern(ReadOnlySpan<char> name)
    {
        if (Lookup.TryGetValue(name, out var existing)) return existing;
        var created = name.ToString();
        if (Names.Count < MaxEntries) Names.TryAdd(created, created);
        return created;
    }
}
