using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>One part of an agreement's fields (<see cref="AgreementFields.Parts"/>), flattened alike into a whole state's fields or into a section of its own.</summary>
internal interface IAgreementPart
{
    void Flatten(FieldValues fields, AgreementState state, Func<OrganisationId, string> name);

    /// <param name="earlier">This part's section of a state <paramref name="state"/> may have grown out of; whatever it kept is reused.</param>
    FieldSection Section(AgreementState state, FieldSection? earlier, Func<OrganisationId, string> name);
}
