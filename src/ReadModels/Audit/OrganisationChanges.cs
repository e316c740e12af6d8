using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>What changed between two states of an organisation, named as the GraphQL <c>Organisation</c> type names the fields. Pure.</summary>
public static class OrganisationChanges
{
    public static IReadOnlyList<FieldChange> Between(OrganisationState? before, OrganisationState after, Func<OrganisationId, string?> organisationName) =>
        FieldValues.Diff(before is null ? [] : Fields(before, organisationName).Fields, Fields(after, organisationName).Fields);

    internal static FieldValues Fields(OrganisationState state, Func<OrganisationId, string?> organisationName)
    {
        var fields = new FieldValues();
        fields.Add("name", state.Name);
        fields.Add("kind", Of(state.Kind));
        fields.Add("cvrNumber", state.CvrNumber);
        fields.Add("formerNames", state.FormerNames.Count == 0 ? null : string.Join(", ", state.FormerNames));
        fields.Add("mergedInto", state.MergedInto is { } into ? organisationName(into) ?? $"organisation {into}" : null);
        fields.Add("mergedOn", state.MergedOn is { } on ? Date(on) : null);
        return fields;
    }
}
