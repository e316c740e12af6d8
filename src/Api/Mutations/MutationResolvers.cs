using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

/// <summary>Every domain command as a mutation, grouped as the domain groups its rules.</summary>
public static class MutationResolvers
{
    public static SchemaBuilder AddMutations(this SchemaBuilder builder) => builder
        .AddOrganisationMutations()
        .AddLifecycleMutations()
        .AddAmendmentMutations()
        .AddGoalAndKpiMutations()
        .AddActionPlanMutations()
        .AddMeetingMutations()
        .AddCoFinancingMutations()
        .AddEvaluationMutations()
        .AddPayloads();
}
