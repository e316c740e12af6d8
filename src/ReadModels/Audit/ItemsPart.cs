using System.Collections.Immutable;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// A list of the state flattened item by item, each named "<paramref name="collection"/>[label]" and numbered when its
/// label occurs again. An item the earlier list held at the same place, under the same name, keeps its group.
/// </summary>
/// <param name="group">
/// An item's group under its name, given the earlier group at its place under that name, if any, to reuse from
/// (an item flattened in parts); by default the item's fields in one group.
/// </param>
internal sealed class ItemsPart<T>(
    Func<AgreementState, ImmutableList<T>> items, string collection, Func<T, Func<OrganisationId, string>, string> label,
    Action<FieldValues, string, T, Func<OrganisationId, string>> flatten,
    Func<string, T, FieldGroup?, Func<OrganisationId, string>, FieldGroup>? group = null) : IAgreementPart where T : class
{
    public void Flatten(FieldValues fields, AgreementState state, Func<OrganisationId, string> name)
    {
        foreach (var item in items(state))
            flatten(fields, fields.Item(collection, label(item, name)), item, name);
    }

    public FieldSection Section(AgreementState state, FieldSection? earlier, Func<OrganisationId, string> name)
    {
        var list = items(state);
        if (earlier is not null && ReferenceEquals(earlier.Source, list))
            return earlier;
        var naming = new FieldValues(list.Count);
        var (labels, names, groups) = (new string[list.Count], new string[list.Count], new FieldGroup[list.Count]);
        var i = 0;
        foreach (var item in list)
        {
            var earlierGroup = earlier is not null && i < earlier.Groups.Length ? earlier.Groups[i] : null;
            var kept = ReferenceEquals(earlierGroup?.Source, item);
            labels[i] = kept ? earlier!.Labels[i] : label(item, name);
            var itemName = names[i] = naming.Item(collection, labels[i]);
            var named = earlierGroup is not null && earlier!.Names[i] == itemName ? earlierGroup : null;
            groups[i] = kept && named is not null ? named
                : group is not null ? group(itemName, item, named, name)
                : FieldGroup.Of(item, fields => flatten(fields, itemName, item, name));
            i++;
        }
        return FieldSection.OfItems(list, labels, names, groups, naming.Unambiguous);
    }
}
