namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// The fields of one part of an agreement (its terms, one KPI, one of the KPI's figures...), flattened once and shared
/// by every later state that kept that part: its own fields, then its children's. When every group of two states is
/// <see cref="Unambiguous"/>, no field path occurs twice and each names a field of its own group, so a group both
/// states share changed nothing, and the changes are those among the fields of the groups they do not share.
/// </summary>
internal sealed class FieldGroup
{
    private FieldGroup(object source, KeyValuePair<string, string>[] fields, FieldGroup[] children, bool unambiguous) =>
        (Source, Fields, Children, Unambiguous) = (source, fields, children, unambiguous);

    /// <summary>What the fields were flattened from: the same object flattens alike under the same name.</summary>
    public object Source { get; }

    public KeyValuePair<string, string>[] Fields { get; }

    public FieldGroup[] Children { get; }

    /// <summary>Its labels hold no brackets, and its items' names differ and so do its field paths.</summary>
    public bool Unambiguous { get; }

    public static FieldGroup Of(object source, Action<FieldValues> flatten) => Of(source, flatten, [], childrenDistinct: true);

    /// <summary>A part that is one field (a KPI's figure for one period), without a builder to flatten it.</summary>
    public static FieldGroup Field(object source, string path, string value) => new(source, [new(path, value)], [], unambiguous: true);

    /// <param name="childrenDistinct">No two children and no child and <paramref name="flatten"/> give a field the same path.</param>
    public static FieldGroup Of(object source, Action<FieldValues> flatten, FieldGroup[] children, bool childrenDistinct)
    {
        var values = new FieldValues();
        flatten(values);
        KeyValuePair<string, string>[] fields = [.. values.Fields];
        var unambiguous = values.Unambiguous && childrenDistinct && children.All(c => c.Unambiguous)
            && (fields.Length < 2 || fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal).Count == fields.Length);
        return new FieldGroup(source, fields, children, unambiguous);
    }

    /// <summary>
    /// The fields of the groups that are not shared, place by place, by <paramref name="before"/> and
    /// <paramref name="after"/>, each side in its own order; of two groups at the same place, only the children they do not share.
    /// </summary>
    public static void Unshared(
        IReadOnlyList<FieldGroup> before, IReadOnlyList<FieldGroup> after, List<KeyValuePair<string, string>> beforeOnly, List<KeyValuePair<string, string>> afterOnly)
    {
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var (b, a) = (i < before.Count ? before[i] : null, i < after.Count ? after[i] : null);
            if (ReferenceEquals(b, a))
                continue;
            if (b is not null && a is not null)
            {
                beforeOnly.AddRange(b.Fields);
                afterOnly.AddRange(a.Fields);
                Unshared(b.Children, a.Children, beforeOnly, afterOnly);
            }
            else
            {
                b?.AddTo(beforeOnly);
                a?.AddTo(afterOnly);
            }
        }
    }

    private void AddTo(List<KeyValuePair<string, string>> fields)
    {
        fields.AddRange(Fields);
        foreach (var child in Children)
            child.AddTo(fields);
    }
}
