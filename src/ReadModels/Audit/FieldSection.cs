namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// One part of a flattened agreement (<see cref="FlattenedAgreement"/>): its groups of fields, and what they were
/// flattened from (the part's value, and for a list each item's label and name), for a later state to reuse.
/// </summary>
internal sealed class FieldSection
{
    private FieldSection(object source, string[] labels, string[] names, FieldGroup[] groups, bool unambiguous)
    {
        (Source, Labels, Names, Groups) = (source, labels, names, groups);
        Unambiguous = unambiguous && groups.All(g => g.Unambiguous);
    }

    public object Source { get; }
    public string[] Labels { get; }
    public string[] Names { get; }
    public FieldGroup[] Groups { get; }
    public bool Unambiguous { get; }

    public static FieldSection Whole(FieldGroup group) => new(group.Source, [], [], [group], unambiguous: true);

    /// <param name="items">The list: a list of immutable items is the same list only if it is the same object.</param>
    /// <param name="unambiguous">The labels hold no brackets and the names differ.</param>
    public static FieldSection OfItems(object items, string[] labels, string[] names, FieldGroup[] groups, bool unambiguous) =>
        new(items, labels, names, groups, unambiguous);
}
