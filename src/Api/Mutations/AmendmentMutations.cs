using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class AmendmentMutations
{
    public static SchemaBuilder AddAmendmentMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("proposeAmendment", input =>
        {
            var id = input.NewId<AmendmentId>("amendmentId");
            var changes = input.Object("changes");
            var terms = new AmendedTerms(
                changes.OptionalText("title"), changes.OptionalText("purpose"), changes.OptionalText("strengthArea"),
                changes.OptionalText("geographicScope"), changes.OptionalEnums<TargetGroup>("targetGroups"));
            return new([new ProposeAmendment(input.Id<AgreementId>("agreementId"), id, input.Id<OrganisationId>("proposedBy"), input.Text("summary"), terms)], id.Value);
        })
        .AgreementMutation("acceptAmendment", input =>
            new AcceptAmendment(input.Id<AgreementId>("agreementId"), input.Id<AmendmentId>("amendmentId"), input.Id<OrganisationId>("organisationId")))
        .AgreementMutation("rejectAmendment", input =>
            new RejectAmendment(input.Id<AgreementId>("agreementId"), input.Id<AmendmentId>("amendmentId"), input.Id<OrganisationId>("organisationId")));
}
