using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class LifecycleMutations
{
    public static SchemaBuilder AddLifecycleMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("draftAgreement", input =>
        {
            var id = input.NewId<AgreementId>("agreementId");
            var draft = new DraftAgreement(
                id, input.Text("title"), input.Enum<AgreementKind>("kind"), input.Text("purpose"),
                new DatePeriod(input.Date("start"), input.Date("end")), input.OptionalText("strengthArea") ?? "",
                input.OptionalEnums<TargetGroup>("targetGroups") ?? [], input.OptionalText("geographicScope") ?? "");
            var parties = input.Objects("parties", "parter", Input.MostParties);
            var added = parties.Select(p => new AddParty(id, p.Id<OrganisationId>("organisationId"), p.Enum<PartyRole>("role")));
            return new([draft, .. added], id.Value, [input.Path, .. parties.Select(p => p.Path)]);
        })
        .AgreementMutation("addParty", input =>
            new AddParty(input.Id<AgreementId>("agreementId"), input.Id<OrganisationId>("organisationId"), input.Enum<PartyRole>("role")))
        .AgreementMutation("removeParty", input =>
            new RemoveParty(input.Id<AgreementId>("agreementId"), input.Id<OrganisationId>("organisationId")))
        .AgreementMutation("signAgreement", input =>
            new SignAgreement(input.Id<AgreementId>("agreementId"), input.Id<OrganisationId>("organisationId"), input.Date("signedOn")))
        .AgreementMutation("extendAgreement", input =>
            new ExtendAgreement(input.Id<AgreementId>("agreementId"), input.Date("newEnd")))
        .AgreementMutation("terminateAgreement", input =>
            new TerminateAgreement(input.Id<AgreementId>("agreementId"), input.Id<OrganisationId>("organisationId"), input.Date("effectiveOn")))
        .AgreementMutation("expireAgreement", input =>
            new ExpireAgreement(input.Id<AgreementId>("agreementId")));
}
