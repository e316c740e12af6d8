using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class OrganisationMutations
{
    public static SchemaBuilder AddOrganisationMutations(this SchemaBuilder builder) => builder
        .OrganisationMutation("registerOrganisation", input =>
        {
            var id = input.NewId<OrganisationId>("organisationId");
            return new([new RegisterOrganisation(id, input.Text("name"), input.Enum<OrganisationKind>("kind"), input.OptionalText("cvrNumber"))], id.Value);
        })
        .OrganisationMutation("renameOrganisation", input =>
            new RenameOrganisation(input.Id<OrganisationId>("organisationId"), input.Text("newName")))
        .OrganisationMutation("mergeOrganisation", input =>
            new MergeOrganisation(input.Id<OrganisationId>("organisationId"), input.Id<OrganisationId>("intoId"), input.Date("mergedOn")));
}
