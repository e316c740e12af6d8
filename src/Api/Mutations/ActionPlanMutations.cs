using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class ActionPlanMutations
{
    public static SchemaBuilder AddActionPlanMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("adoptActionPlan", input =>
        {
            var id = input.NewId<ActionPlanId>("actionPlanId");
            return new([new AdoptActionPlan(input.Id<AgreementId>("agreementId"), id, input.Int("year"), input.Text("title"), input.List<string>("focusAreas"), input.Date("adoptedOn"))], id.Value);
        })
        .AgreementMutation("planActivity", input =>
        {
            var id = input.NewId<ActivityId>("activityId");
            return new([new PlanActivity(input.Id<AgreementId>("agreementId"), id, input.Id<ActionPlanId>("actionPlanId"), input.Text("title"), input.Date("plannedFor"), input.Id<OrganisationId>("responsibleId"))], id.Value);
        })
        .AgreementMutation("completeActivity", input => new CompleteActivity(
            input.Id<AgreementId>("agreementId"), input.Id<ActivityId>("activityId"), input.Date("completedOn"),
            input.Int("participants"), input.Int("uniqueCompanies"), input.Int("companiesUnder50Employees")));
}
