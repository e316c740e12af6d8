using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Recording a KPI's figure for a period, and correcting it later without losing the original.</summary>
internal static class MeasurementRules
{
    public static Result<IReadOnlyList<object>> Record(AgreementState state, RecordMeasurement command, CommandContext context)
    {
        if (Guards.FullySigned(state) is { } unsigned)
        {
            return unsigned;
        }

        if (state.Kpi(command.KpiId) is not { } kpi)
        {
            return GoalAndKpiRules.KpiNotFound(state, command.KpiId);
        }

        var period = command.Period;
        if (period.Frequency != kpi.Frequency)
        {
            return new DomainError("period_frequency_mismatch", $"KPI '{kpi.Name}' is reported {Describe(kpi.Frequency)}; '{period}' is not.");
        }

        if (period.Start > context.Today)
        {
            return new DomainError("period_not_begun", $"{period} has not begun yet, so KPI '{kpi.Name}' cannot be measured for it.");
        }

        if (period.End < state.Period.Start || period.Start > state.LastDay)
        {
            return new DomainError(
                "period_outside_agreement",
                $"{period} lies outside the period of '{state.Title}' ({Date(state.Period.Start)} to {Date(state.LastDay)}).");
        }

        if (kpi.HasMeasurementFor(period))
        {
            return new DomainError(
                "measurement_already_recorded", $"KPI '{kpi.Name}' already has a measurement for {period}; correct it instead.");
        }

        if (ReporterProblem(state, command.ReportedBy, command.Source, context) is { } badReport)
        {
            return badReport;
        }

        return Decision.Accept(new MeasurementRecorded(kpi.Id, period, command.Value, command.Qualifier, command.Source, command.ReportedBy));
    }

    public static Result<IReadOnlyList<object>> Correct(AgreementState state, CorrectMeasurement command, CommandContext context)
    {
        if (state.Kpi(command.KpiId) is not { } kpi)
        {
            return GoalAndKpiRules.KpiNotFound(state, command.KpiId);
        }

        if (kpi.CurrentFor(command.Period) is not { } current)
        {
            return new DomainError("no_measurement_to_correct", $"KPI '{kpi.Name}' has no measurement for {command.Period} to correct.");
        }

        if (current.Value == command.Value && current.Qualifier == command.Qualifier && current.Source == command.Source)
        {
            return new DomainError(
                "correction_changes_nothing", $"KPI '{kpi.Name}' already shows {Number(current.Value)} {kpi.Unit} for {command.Period}.");
        }

        if (ReporterProblem(state, command.ReportedBy, command.Source, context) is { } badReport)
        {
            return badReport;
        }

        return Decision.Accept(new MeasurementCorrected(kpi.Id, command.Period, command.Value, command.Qualifier, command.Source, command.ReportedBy));
    }

    private static DomainError? ReporterProblem(AgreementState state, OrganisationId reportedBy, MeasurementSource source, CommandContext context)
    {
        if (Guards.IsParty(state, reportedBy, context) is { } notParty)
        {
            return notParty;
        }

        return source.Kind == SourceKind.Survey && source.Respondents is not > 0
            ? new DomainError("survey_without_respondents", "A figure from a survey needs the number of respondents (n).")
            : null;
    }

    private static string Describe(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Yearly => "yearly (e.g. 2024)",
        ReportingFrequency.HalfYearly => "half-yearly (e.g. 2024-H1)",
        ReportingFrequency.Quarterly => "quarterly (e.g. 2024-Q3)",
        _ => "monthly (e.g. 2024-03)",
    };
}
