using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Goals, KPI definitions and target revisions.</summary>
internal static class GoalAndKpiRules
{
    public static Result<IReadOnlyList<object>> SetGoal(AgreementState state, SetGoal command)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Description, "The goal's description")) is { } refused)
        {
            return refused;
        }

        if (state.Goals.Exists(g => g.Id == command.GoalId))
        {
            return new DomainError("goal_already_set", $"Goal {command.GoalId} has already been set on '{state.Title}'.");
        }

        return Decision.Accept(new GoalSet(command.GoalId, command.Description.Trim(), command.Hardness, command.Horizon));
    }

    public static Result<IReadOnlyList<object>> Define(AgreementState state, DefineKpi command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Name, "The KPI's name") ?? Guards.Text(command.Unit, $"The unit of KPI '{command.Name}'")
                ?? Guards.IsParty(state, command.ResponsibleParty, context)) is { } refused)
        {
            return refused;
        }

        var name = command.Name.Trim();
        if (state.Kpi(command.KpiId) is not null)
        {
            return new DomainError("kpi_already_defined", $"KPI {command.KpiId} has already been defined on '{state.Title}'.");
        }

        if (state.Kpis.Exists(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return new DomainError("kpi_name_taken", $"'{state.Title}' already has a KPI named '{name}'.");
        }

        if (command.Goal is { } goal && !state.Goals.Exists(g => g.Id == goal))
        {
            return new DomainError("goal_not_found", $"'{state.Title}' has no goal {goal} for KPI '{name}' to serve.");
        }

        var start = state.KpiStart(context.Today);
        if (TargetProblem(name, command.Direction, command.Baseline, command.Target, command.TargetDate, start) is { } badTarget)
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
                "kpi_target_unchanged", $"KPI '{kpi.Name}' already aims for {Number(kpi.Target)} {kpi.Unit} by {Date(kpi.TargetDate)}.");
        }

        var start = state.KpiStart(kpi.DefinedOn);
        if (TargetProblem(kpi.Name, kpi.Direction, kpi.Baseline, command.Target, command.TargetDate, start) is { } badTarget)
        {
            return badTarget;
        }

        return Decision.Accept(new KpiTargetRevised(kpi.Id, kpi.Target, command.Target, kpi.TargetDate, command.TargetDate));
    }

    public static DomainError KpiNotFound(AgreementState state, KpiId id) =>
        new("kpi_not_found", $"'{state.Title}' has no KPI {id}.");

    private static DomainError? TargetProblem(string name, KpiDirection direction, decimal baseline, decimal target, DateOnly targetDate, DateOnly start)
    {
        if (direction == KpiDirection.Increase && target <= baseline)
        {
            return new DomainError(
                "target_not_an_improvement",
                $"KPI '{name}' should rise, but its target {Number(target)} is not above the baseline {Number(baseline)}.");
        }

        if (direction == KpiDirection.Decrease && target >= baseline)
        {
            return new DomainError(
                "target_not_an_improvement",
                $"KPI '{name}' should fall, but its target {Number(target)} is not below the baseline {Number(baseline)}.");
        }

        return targetDate <= start
            ? new DomainError("invalid_target_date", $"The target date {Date(targetDate)} of KPI '{name}' must be after its start, {Date(start)}.")
            : null;
    }
}
