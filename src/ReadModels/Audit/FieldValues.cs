namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// A state flattened to field paths and display values ("kpis[Unikke virksomheder].target" = "120"), in a stable
/// order, so two states can be compared field by field. Items of a list are named by a label; a label that occurs
/// again is numbered by occurrence ("meetings[Koordinationsmøde (2)]"), which is stable because lists only grow.
/// </summary>
internal sealed class FieldValues
{
    private readonly List<KeyValuePair<string, string>> _fields = [];
    private readonly Dictionary<string, int> _labels = new(StringComparer.Ordinal);

    public string Item(string collection, string label)
    {
        var key = $"{collection}[{label}]";
        var occurrence = _labels[key] = _labels.GetValueOrDefault(key) + 1;
        return occurrence == 1 ? key : $"{collection}[{label} ({occurrence})]";
    }

    public void Add(string field, string? value)
    {
        if (value is not null)
            _fields.Add(new(field, value));
    }

    /// <summary>Fields whose value differs, in the order of <paramref name="after"/>, then fields that disappeared.</summary>
    public static IReadOnlyList<FieldChange> Diff(FieldValues? before, FieldValues after)
    {
        var old = before?._fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal) ?? [];
        var changes = new List<FieldChange>();
        foreach (var (field, value) in after._fields)
        {
            var previous = old.GetValueOrDefault(field);
            if (previous != value)
                changes.Add(new FieldChange(field, previous, value));
            old.Remove(field);
        }
        changes.AddRange(before?._fields.Where(f => old.ContainsKey(f.Key)).Select(f => new FieldChange(f.Key, f.Value, null)) ?? []);
        return changes;
    }
}
