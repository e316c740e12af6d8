using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Yearly action plans (handleplaner) and the activities carried out under them.</summary>
internal static class ActionPlanRules
{
    public static Result<IReadOnlyList<object>> Adopt(AgreementState state, AdoptActionPlan command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state) ?? Guards.Text(command.Title, "The action plan's title")
                ?? Guards.YearWithinPeriod(state, command.Year) ?? Guards.NotInFuture(command.AdoptedOn, context, "The adoption date")) is { } refused)
        {
            return refused;
        }

        if (state.ActionPlans.Exists(p => p.Id == command.ActionPlanId))
        {
            return new DomainError("action_plan_already_adopted", $"Action plan {command.ActionPlanId} has already been adopted.");
        }

        if (state.ActionPlans.Find(p => p.Year == command.Year) is { } existing)
        {
            return new DomainError(
                "action_plan_exists_for_year", $"'{state.Title}' already has an action plan for {command.Year}: '{existing.Title}'.");
        }

        return Decision.Accept(new ActionPlanAdopted(
            command.ActionPlanId, command.Year, command.Title.Trim(),
            command.FocusAreas.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).ToList(), command.AdoptedOn));
    }

    public static Result<IReadOnlyList<object>> Plan(AgreementState state, PlanActivity command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Title, "The activity's title") ?? Guards.IsRegistered(command.Responsible, context)) is { } refused)
        {
            return refused;
        }

        if (state.ActionPlans.Find(p => p.Id == command.ActionPlanId) is not { } plan)
        {
            return new DomainError("action_plan_not_found", $"'{state.Title}' has no action plan {command.ActionPlanId}.");
        }

        if (state.Activities.Exists(a => a.Id == command.ActivityId))
        {
            return new DomainError("activity_already_planned", $"Activity {command.ActivityId} has already been planned.");
        }

        if (command.PlannedFor.Year != plan.Year)
        {
            return new DomainError(
                "activity_outside_plan_year",
                $"'{command.Title.Trim()}' is planned for {Date(command.PlannedFor)}, outside the {plan.Year} action plan '{plan.Title}'.");
        }

        return Decision.Accept(new ActivityPlanned(command.ActivityId, plan.Id, command.Title.Trim(), command.PlannedFor, command.Responsible));
    }

    public static Result<IReadOnlyList<object>> Complete(AgreementState state, CompleteActivity command, CommandContext context)
    {
        if (state.Activities.Find(a => a.Id == command.ActivityId) is not { } activity)
        {
            return new DomainError("activity_not_found", $"'{state.Title}' has no activity {command.ActivityId}.");
        }

        if (activity.Outcome is { } outcome)
        {
            return new DomainError(
                "activity_already_completed", $"The activity '{activity.Title}' was already completed on {Date(outcome.CompletedOn)}.");
        }

        if (Guards.NotInFuture(command.CompletedOn, context, "The completion date") is { } future)
        {
            return future;
        }

        if (command.UniqueCompanies > command.Participants)
        {
            return new DomainError(
                "more_companies_than_participants",
                $"{Number(command.UniqueCompanies)} unique companies cannot come from {Number(command.Participants)} participants.");
        }

        if (command.CompaniesUnder50 > command.UniqueCompanies)
        {
            return new DomainError(
                "more_small_companies_than_companies",
                $"{Number(command.CompaniesUnder50)} companies under 50 employees is more than the {Number(command.UniqueCompanies)} unique companies.");
        }

        return Decision.Accept(new ActivityCompleted(
            activity.Id, command.CompletedOn, command.Participants, command.UniqueCompanies, command.CompaniesUnder50));
    }
}
