namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// A state, or a part of one, flattened to field paths and display values ("kpis[Unikke virksomheder].target" =
/// "120"), in a stable order, so two states can be compared field by field. Items of a list are named by a label; a
/// label that occurs again is numbered by occurrence ("meetings[Koordinationsmøde (2)]"), which is stable because
/// lists only grow.
/// </summary>
internal sealed class FieldValues
{
    private readonly List<KeyValuePair<string, string>> _fields = [];
    private readonly Dictionary<string, int> _labels;
    private readonly HashSet<string> _items;

    /// <param name="items">How many items will be named, to size for.</param>
    public FieldValues(int items = 0) => (_labels, _items) = (new(items, StringComparer.Ordinal), new(items, StringComparer.Ordinal));

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>
    /// False once a label holds a bracket or two items got the same name ("X (2)" twice): then a field path may occur
    /// twice, or name a field of another item, and only whole states compare right (<see cref="FieldGroup"/>).
    /// </summary>
    public bool Unambiguous { get; private set; } = true;

    public string Item(string collection, string label)
    {
        var key = $"{collection}[{label}]";
        var occurrence = _labels[key] = _labels.GetValueOrDefault(key) + 1;
        var item = occurrence == 1 ? key : $"{collection}[{label} ({occurrence})]";
        if (label.AsSpan().IndexOfAny('[', ']') >= 0 || !_items.Add(item))
            Unambiguous = false;
        return item;
    }

    public void Add(string field, string? value)
    {
        if (value is not null)
            _fields.Add(new(field, value));
    }

    /// <summary>Fields whose value differs, in the order of <paramref name="after"/>, then fields that disappeared.</summary>
    public static IReadOnlyList<FieldChange> Diff(IReadOnlyList<KeyValuePair<string, string>> before, IReadOnlyList<KeyValuePair<string, string>> after)
    {
        var old = before.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var (field, value) in after)
        {
            var previous = old.GetValueOrDefault(field);
            if (previous != value)
                changes.Add(new FieldChange(field, previous, value));
            old.Remove(field);
        }
        changes.AddRange(before.Where(f => old.ContainsKey(f.Key)).Select(f => new FieldChange(f.Key, f.Value, null)));
        return changes;
    }
}
