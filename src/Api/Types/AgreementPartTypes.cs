using AgreementTracker.Domain.Agreements;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Types;

/// <summary>The parts of an agreement that refer to organisations or need a field renamed: parties, termination, amendments, goals, action plans, evaluations.</summary>
internal static class AgreementPartTypes
{
    public static SchemaBuilder AddAgreementPartTypes(this SchemaBuilder builder) => builder
        .FieldAsync<PartyState, object?>("AgreementParty", "organisation", async (p, ctx) => await Loaders.OrganisationAsync(ctx, p.Organisation))
        .FieldAsync<TerminationState, object?>("Termination", "terminatedBy", async (t, ctx) => await Loaders.OrganisationAsync(ctx, t.TerminatedBy))
        .Field<AmendmentState>("Amendment", "id", a => a.Id.Value)
        .FieldAsync<AmendmentState, object?>("Amendment", "proposedBy", async (a, ctx) => await Loaders.OrganisationAsync(ctx, a.ProposedBy))
        .FieldAsync<AmendmentState, object?>("Amendment", "acceptedBy", async (a, ctx) => await Loaders.OrganisationsAsync(ctx, a.AcceptedBy))
        .Field<AmendmentState>("Amendment", "inEffect", a => a.Applied)
        .FieldAsync<AmendmentState, object?>("Amendment", "rejectedBy", async (a, ctx) =>
            a.RejectedBy is { } rejectedBy ? await Loaders.OrganisationAsync(ctx, rejectedBy) : null)
        .Field<GoalState>("Goal", "id", g => g.Id.Value)
        .Field<GoalState>("Goal", "kind", g => g.Hardness)
        .Field<ActionPlanView>("ActionPlan", "id", p => p.Plan.Id.Value)
        .Field<ActionPlanView>("ActionPlan", "year", p => p.Plan.Year)
        .Field<ActionPlanView>("ActionPlan", "title", p => p.Plan.Title)
        .Field<ActionPlanView>("ActionPlan", "focusAreas", p => p.Plan.FocusAreas)
        .Field<ActionPlanView>("ActionPlan", "adoptedOn", p => p.Plan.AdoptedOn)
        .Field<ActivityState>("Activity", "id", a => a.Id.Value)
        .FieldAsync<ActivityState, object?>("Activity", "responsible", async (a, ctx) => await Loaders.OrganisationAsync(ctx, a.Responsible))
        .Field<ActivityState>("Activity", "completedOn", a => a.Outcome?.CompletedOn)
        .Field<ActivityState>("Activity", "participants", a => a.Outcome?.Participants)
        .Field<ActivityState>("Activity", "uniqueCompanies", a => a.Outcome?.UniqueCompanies)
        .Field<ActivityState>("Activity", "companiesUnder50Employees", a => a.Outcome?.CompaniesUnder50)
        .Field<Domain.FollowUp.ActivityYear>("ActivityYear", "companiesUnder50Employees", y => y.CompaniesUnder50)
        .Field<EvaluationState>("Evaluation", "id", e => e.Id.Value);
}
