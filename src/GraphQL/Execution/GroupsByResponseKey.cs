using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// The field groups of one collection in response order, found by response key with a scan while they
/// are few (most selections) and with a dictionary once they are many; and the fragments already spread.
/// </summary>
internal sealed class GroupsByResponseKey(int expectedCount)
{
    private const int ScanLimit = 8;
    private Dictionary<string, FieldGroup>? _index;
    private HashSet<string>? _visitedFragments;

    public List<FieldGroup> All { get; } = new(expectedCount);

    public void Add(FieldNode field)
    {
        var key = field.ResponseKey;
        if (Find(key) is { } group)
        {
            group.Merge(field);
            return;
        }
        group = new FieldGroup(key, field);
        All.Add(group);
        if (_index is not null) _index[key] = group;
        else if (All.Count > ScanLimit) _index = All.ToDictionary(existing => existing.ResponseKey, StringComparer.Ordinal);
    }

    /// <summary>False when the fragment was spread before in this collection.</summary>
    public bool VisitFragment(string name) => (_visitedFragments ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    private FieldGroup? Find(string key)
    {
        if (_index is not null) return _index.GetValueOrDefault(key);
        foreach (var group in All)
        {
            if (group.ResponseKey == key) return group;
        }
        return null;
    }
}
