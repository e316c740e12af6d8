using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>A part flattened as one group from what <paramref name="source"/> takes of the state, reused while that is equal.</summary>
internal sealed class WholePart<TSource>(Func<AgreementState, TSource> source, Action<FieldValues, TSource, Func<OrganisationId, string>> flatten)
    : IAgreementPart where TSource : notnull
{
    public void Flatten(FieldValues fields, AgreementState state, Func<OrganisationId, string> name) => flatten(fields, source(state), name);

    public FieldSection Section(AgreementState state, FieldSection? earlier, Func<OrganisationId, string> name)
    {
        var part = source(state);
        return earlier is not null && earlier.Source.Equals(part) ? earlier : FieldSection.Whole(FieldGroup.Of(part, fields => flatten(fields, part, name)));
    }
}
