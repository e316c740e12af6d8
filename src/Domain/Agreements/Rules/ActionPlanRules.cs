using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Yearly action plans (handleplaner) and the activities carried out under them.</summary>
internal static class ActionPlanRules
{
    public static Result<IReadOnlyList<object>> Adopt(AgreementState state, AdoptActionPlan command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.FullySigned(state) ?? Guards.Text(command.Title, "Handlingsplanens titel", "title")
                ?? Guards.YearWithinPeriod(state, command.Year) ?? Guards.NotInFuture(command.AdoptedOn, context, "Vedtagelsesdatoen", "adoptedOn")) is { } refused)
        {
            return refused;
        }

        if (state.ActionPlans.Exists(p => p.Id == command.ActionPlanId))
        {
            return new DomainError(
                "action_plan_already_adopted", $"Der er allerede vedtaget en handlingsplan med id {command.ActionPlanId}.", "actionPlanId");
        }

        if (state.ActionPlans.Find(p => p.Year == command.Year) is { } existing)
        {
            return new DomainError(
                "action_plan_exists_for_year", $"'{state.Title}' har allerede en handlingsplan for {command.Year}: '{existing.Title}'.", "year");
        }

        return Decision.Accept(new ActionPlanAdopted(
            command.ActionPlanId, command.Year, command.Title.Trim(),
            command.FocusAreas.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f.Trim()).ToList(), command.AdoptedOn));
    }

    public static Result<IReadOnlyList<object>> Plan(AgreementState state, PlanActivity command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Title, "Aktivitetens titel", "title")
                ?? Guards.IsRegistered(command.Responsible, context, "responsibleId")) is { } refused)
        {
            return refused;
        }

        if (state.ActionPlans.Find(p => p.Id == command.ActionPlanId) is not { } plan)
        {
            return new DomainError("action_plan_not_found", $"'{state.Title}' har ingen handlingsplan med id {command.ActionPlanId}.", "actionPlanId");
        }

        if (state.Activities.Exists(a => a.Id == command.ActivityId))
        {
            return new DomainError("activity_already_planned", $"Der er allerede planlagt en aktivitet med id {command.ActivityId}.", "activityId");
        }

        if (command.PlannedFor.Year != plan.Year)
        {
            return new DomainError(
                "activity_outside_plan_year",
                $"'{command.Title.Trim()}' er planlagt til {Date(command.PlannedFor)}, uden for handlingsplanen '{plan.Title}' for {plan.Year}.",
                "plannedFor");
        }

        return Decision.Accept(new ActivityPlanned(command.ActivityId, plan.Id, command.Title.Trim(), command.PlannedFor, command.Responsible));
    }

    public static Result<IReadOnlyList<object>> Complete(AgreementState state, CompleteActivity command, CommandContext context)
    {
        if (state.Activities.Find(a => a.Id == command.ActivityId) is not { } activity)
        {
            return new DomainError("activity_not_found", $"'{state.Title}' har ingen aktivitet med id {command.ActivityId}.", "activityId");
        }

        if (activity.Outcome is { } outcome)
        {
            return new DomainError(
                "activity_already_completed", $"Aktiviteten '{activity.Title}' blev allerede gennemført {Date(outcome.CompletedOn)}.");
        }

        if (Guards.NotInFuture(command.CompletedOn, context, "Gennemførelsesdatoen", "completedOn") is { } future)
        {
            return future;
        }

        if (command.UniqueCompanies > command.Participants)
        {
            return new DomainError(
                "more_companies_than_participants",
                $"{Number(command.UniqueCompanies)} virksomheder kan ikke komme fra {Number(command.Participants)} deltagere.",
                "uniqueCompanies");
        }

        if (command.CompaniesUnder50 > command.UniqueCompanies)
        {
            return new DomainError(
                "more_small_companies_than_companies",
                $"{Number(command.CompaniesUnder50)} virksomheder under 50 ansatte er flere end de {Number(command.UniqueCompanies)} virksomheder i alt.",
                "companiesUnder50Employees");
        }

        return Decision.Accept(new ActivityCompleted(
            activity.Id, command.CompletedOn, command.Participants, command.UniqueCompanies, command.CompaniesUnder50));
    }
}
