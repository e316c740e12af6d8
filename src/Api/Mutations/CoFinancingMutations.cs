using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class CoFinancingMutations
{
    public static SchemaBuilder AddCoFinancingMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("commitCoFinancing", input =>
        {
            var id = input.NewId<CommitmentId>("commitmentId");
            return new([new CommitCoFinancing(
                input.Id<AgreementId>("agreementId"), id, input.Id<OrganisationId>("partyId"), input.Decimal("amount"), input.Int("year"),
                input.Text("purpose"), input.Enum<ContributionForm>("form"))], id.Value);
        })
        .AgreementMutation("invoiceCoFinancing", input =>
        {
            var id = input.NewId<InvoiceId>("invoiceId");
            return new([new InvoiceCoFinancing(
                input.Id<AgreementId>("agreementId"), input.Id<CommitmentId>("commitmentId"), id, input.Decimal("amount"),
                input.Date("invoicedOn"), input.Date("dueOn"))], id.Value);
        })
        .AgreementMutation("payCoFinancing", input => new PayCoFinancing(
            input.Id<AgreementId>("agreementId"), input.Id<CommitmentId>("commitmentId"), input.Id<InvoiceId>("invoiceId"),
            input.Decimal("amount"), input.Date("paidOn")))
        .AgreementMutation("cancelCoFinancing", input =>
            new CancelCoFinancing(input.Id<AgreementId>("agreementId"), input.Id<CommitmentId>("commitmentId")));
}
