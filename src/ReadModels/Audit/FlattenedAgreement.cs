using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// An agreement's fields (<see cref="AgreementFields"/>) in sections, one per part, each in groups: the terms, each
/// party, KPI, meeting... A state flattened from an earlier one's flattening reuses every group whose part it kept
/// (the domain's records are immutable and <c>Agreement.Evolve</c> keeps by reference what an event does not touch),
/// so an event costs the parts it touched, not the whole agreement, to flatten and to compare.
/// </summary>
internal sealed class FlattenedAgreement
{
    private readonly Func<OrganisationId, string> _name;
    private readonly FieldSection[] _sections;

    private FlattenedAgreement(AgreementState state, Func<OrganisationId, string> name, FieldSection[] sections) =>
        (State, _name, _sections) = (state, name, sections);

    public AgreementState State { get; }

    /// <param name="earlier">The flattening of a state <paramref name="state"/> may have grown out of, named alike; null to flatten afresh.</param>
    public static FlattenedAgreement Of(AgreementState state, Func<OrganisationId, string?> organisationName, FlattenedAgreement? earlier = null)
    {
        string Name(OrganisationId id) => organisationName(id) ?? $"organisation {id}";
        var parts = AgreementFields.Parts;
        var sections = new FieldSection[parts.Count];
        for (var i = 0; i < sections.Length; i++)
            sections[i] = parts[i].Section(state, earlier?._sections[i], Name);
        return new FlattenedAgreement(state, Name, sections);
    }

    /// <summary>
    /// The fields whose value differs, in the order of <paramref name="after"/>, then the fields that disappeared: the
    /// same as comparing the whole states, which is what is done when a field path could repeat (a label with a bracket,
    /// two items of one name), since then even a shared group's fields may count.
    /// </summary>
    public static IReadOnlyList<FieldChange> Changes(FlattenedAgreement? before, FlattenedAgreement after)
    {
        if (before is null || !before.Unambiguous() || !after.Unambiguous())
            return FieldValues.Diff(before is null ? [] : before.All(), after.All());
        var (beforeOnly, afterOnly) = (new List<KeyValuePair<string, string>>(), new List<KeyValuePair<string, string>>());
        for (var i = 0; i < after._sections.Length; i++)
            if (!ReferenceEquals(before._sections[i], after._sections[i]))
                FieldGroup.Unshared(before._sections[i].Groups, after._sections[i].Groups, beforeOnly, afterOnly);
        return FieldValues.Diff(beforeOnly, afterOnly);
    }

    private bool Unambiguous() => _sections.All(s => s.Unambiguous);

    private IReadOnlyList<KeyValuePair<string, string>> All() => AgreementFields.All(State, _name).Fields;
}
