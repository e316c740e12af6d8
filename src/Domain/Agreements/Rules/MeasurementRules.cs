using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

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
            return new DomainError(
                "period_frequency_mismatch",
                $"KPI'en '{kpi.Name}' indrapporteres {Of(kpi.Frequency).ToLowerInvariant()}, så perioden skal skrives som fx {Example(kpi.Frequency)}, ikke {period}.",
                "period");
        }

        if (period.Start > context.Today)
        {
            return new DomainError(
                "period_not_begun", $"Perioden {Of(period)} er ikke begyndt endnu, så KPI'en '{kpi.Name}' kan ikke indrapporteres for den.", "period");
        }

        if (period.End < state.Period.Start || period.Start > state.LastDay)
        {
            return new DomainError(
                "period_outside_agreement",
                $"Perioden {Of(period)} ligger uden for løbetiden for '{state.Title}' ({Date(state.Period.Start)} til {Date(state.LastDay)}).",
                "period");
        }

        if (kpi.HasMeasurementFor(period))
        {
            return new DomainError(
                "measurement_already_recorded", $"KPI'en '{kpi.Name}' har allerede en måling for {Of(period)}. Ret den i stedet.", "period");
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
            return new DomainError(
                "no_measurement_to_correct", $"KPI'en '{kpi.Name}' har ingen måling for {Of(command.Period)}, der kan rettes.", "period");
        }

        if (current.Value == command.Value && current.Qualifier == command.Qualifier && current.Source == command.Source)
        {
            return new DomainError(
                "correction_changes_nothing", $"KPI'en '{kpi.Name}' viser allerede {Number(current.Value)} {kpi.Unit} for {Of(command.Period)}.", "value");
        }

        if (ReporterProblem(state, command.ReportedBy, command.Source, context) is { } badReport)
        {
            return badReport;
        }

        return Decision.Accept(new MeasurementCorrected(kpi.Id, command.Period, command.Value, command.Qualifier, command.Source, command.ReportedBy));
    }

    private static DomainError? ReporterProblem(AgreementState state, OrganisationId reportedBy, MeasurementSource source, CommandContext context)
    {
        if (Guards.IsParty(state, reportedBy, context, "reportedById") is { } notParty)
        {
            return notParty;
        }

        return source.Kind == SourceKind.Survey && source.Respondents is not > 0
            ? new DomainError("survey_without_respondents", "Et tal fra et spørgeskema skal have antallet af svar (n).", "source.respondents")
            : null;
    }

    /// <summary>A period of the frequency as the input takes it.</summary>
    private static string Example(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.Yearly => "2024",
        ReportingFrequency.HalfYearly => "2024-H1",
        ReportingFrequency.Quarterly => "2024-Q3",
        _ => "2024-03",
    };
}
