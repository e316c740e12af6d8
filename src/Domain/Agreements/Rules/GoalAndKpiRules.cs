using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Goals, KPI definitions and target revisions.</summary>
internal static class GoalAndKpiRules
{
    public static Result<IReadOnlyList<object>> SetGoal(AgreementState state, SetGoal command)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Description, "Målets beskrivelse", "description")) is { } refused)
        {
            return refused;
        }

        if (state.Goals.Exists(g => g.Id == command.GoalId))
        {
            return new DomainError("goal_already_set", $"Der findes allerede et mål med id {command.GoalId} på '{state.Title}'.", "goalId");
        }

        return Decision.Accept(new GoalSet(command.GoalId, command.Description.Trim(), command.Hardness, command.Horizon));
    }

    public static Result<IReadOnlyList<object>> Define(AgreementState state, DefineKpi command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Name, "KPI'ens navn", "name") ?? Guards.Text(command.Unit, "KPI'ens enhed", "unit")
                ?? Guards.IsParty(state, command.ResponsibleParty, context, "responsiblePartyId")) is { } refused)
        {
            return refused;
        }

        var name = command.Name.Trim();
        if (state.Kpi(command.KpiId) is not null)
        {
            return new DomainError("kpi_already_defined", $"Der findes allerede en KPI med id {command.KpiId} på '{state.Title}'.", "kpiId");
        }

        if (state.Kpis.Exists(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return new DomainError("kpi_name_taken", $"'{state.Title}' har allerede en KPI, der hedder '{name}'.", "name");
        }

        if (command.Goal is { } goal && !state.Goals.Exists(g => g.Id == goal))
        {
            return new DomainError("goal_not_found", $"'{state.Title}' har intet mål med id {goal}, som KPI'en '{name}' kan måle.", "goalId");
        }

        var start = state.KpiStart(context.Today);
        if (TargetProblem(name, command.Direction, command.Baseline, command.Target, command.TargetDate, start, ("target", "targetDate")) is { } badTarget)
        {
            return badTarget;
        }

        return Decision.Accept(new KpiDefined(
            command.KpiId, command.CatalogueCode?.Trim() ?? "", name, command.Unit.Trim(), command.Direction, command.Baseline, command.Target,
            command.TargetDate, command.Frequency, command.Geography?.Trim() ?? "", command.ResponsibleParty, command.Goal, context.Today));
    }

    public static Result<IReadOnlyList<object>> ReviseTarget(AgreementState state, ReviseKpiTarget command)
    {
        if (Guards.Open(state) is { } closed)
        {
            return closed;
        }

        if (state.Kpi(command.KpiId) is not { } kpi)
        {
            return KpiNotFound(state, command.KpiId);
        }

        if (kpi.Target == command.Target && kpi.TargetDate == command.TargetDate)
        {
            return new DomainError(
                "kpi_target_unchanged",
                $"KPI'en '{kpi.Name}' har allerede målet {Number(kpi.Target)} {kpi.Unit} senest {Date(kpi.TargetDate)}.",
                "newTarget");
        }

        var start = state.KpiStart(kpi.DefinedOn);
        if (TargetProblem(kpi.Name, kpi.Direction, kpi.Baseline, command.Target, command.TargetDate, start, ("newTarget", "newTargetDate")) is { } badTarget)
        {
            return badTarget;
        }

        return Decision.Accept(new KpiTargetRevised(kpi.Id, kpi.Target, command.Target, kpi.TargetDate, command.TargetDate));
    }

    public static DomainError KpiNotFound(AgreementState state, KpiId id) =>
        new("kpi_not_found", $"'{state.Title}' har ingen KPI med id {id}.", "kpiId");

    /// <param name="fields">The target's and target date's names in the command's input, which differ between defining and revising.</param>
    private static DomainError? TargetProblem(
        string name, KpiDirection direction, decimal baseline, decimal target, DateOnly targetDate, DateOnly start, (string Target, string TargetDate) fields)
    {
        if (direction == KpiDirection.Increase && target <= baseline)
        {
            return new DomainError(
                "target_not_an_improvement",
                $"KPI'en '{name}' skal stige, men målet {Number(target)} er ikke over udgangspunktet {Number(baseline)}.",
                fields.Target);
        }

        if (direction == KpiDirection.Decrease && target >= baseline)
        {
            return new DomainError(
                "target_not_an_improvement",
                $"KPI'en '{name}' skal falde, men målet {Number(target)} er ikke under udgangspunktet {Number(baseline)}.",
                fields.Target);
        }

        return targetDate <= start
            ? new DomainError(
                "invalid_target_date", $"Måldatoen for KPI'en '{name}' skal ligge efter KPI'ens start {Date(start)}, ikke {Date(targetDate)}.", fields.TargetDate)
            : null;
    }
}
