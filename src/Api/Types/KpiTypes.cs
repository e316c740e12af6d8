using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Types;

/// <summary><c>Kpi</c> with its assessment, and its measurements with the figure each correction replaced.</summary>
internal static class KpiTypes
{
    private const string Type = "Kpi";

    public static SchemaBuilder AddKpiTypes(this SchemaBuilder builder) => builder
        .Field<KpiView>(Type, "id", k => k.Kpi.Id.Value)
        .Field<KpiView>(Type, "code", k => k.Kpi.CatalogueCode)
        .Field<KpiView>(Type, "name", k => k.Kpi.Name)
        .Field<KpiView>(Type, "unit", k => k.Kpi.Unit)
        .Field<KpiView>(Type, "direction", k => k.Kpi.Direction)
        .Field<KpiView>(Type, "baseline", k => k.Kpi.Baseline)
        .Field<KpiView>(Type, "target", k => k.Kpi.Target)
        .Field<KpiView>(Type, "targetDate", k => k.Kpi.TargetDate)
        .Field<KpiView>(Type, "reportingFrequency", k => k.Kpi.Frequency)
        .Field<KpiView>(Type, "geography", k => k.Kpi.Geography)
        .FieldAsync<KpiView, object?>(Type, "responsibleParty", async (k, ctx) => await Loaders.OrganisationAsync(ctx, k.Kpi.ResponsibleParty))
        .Field<KpiView>(Type, "goal", k => k.Kpi.Goal is { } goal ? k.Agreement.Goals.Find(g => g.Id == goal) : null)
        .Field<KpiView>(Type, "definedOn", k => k.Kpi.DefinedOn)
        .Field<KpiView>(Type, "status", k => k.Assessment.Status)
        .Field<KpiView>(Type, "trend", k => k.Assessment.Trend)
        .Field<KpiView>(Type, "latest", k => k.Assessment.Latest is { } latest ? Measurements(k.Kpi).Last(m => m.Entry.Period == latest.Period) : null)
        .Field<KpiView>(Type, "progress", k => k.Assessment.Progress)
        .Field<KpiView>(Type, "expectedProgress", k => k.Assessment.ExpectedProgress)
        .Field<KpiView>(Type, "expectedAtLatest", k => k.Assessment.ExpectedAtLatest)
        .Field<KpiView>(Type, "missingPeriods", k => k.Assessment.MissingPeriods)
        .Field<KpiView>(Type, "series", k => k.Kpi.CurrentMeasurements()
            .Select(m => new KpiPointView(m.Period, m.Value, m.Qualifier, Math.Round(KpiFulfilment.ExpectedValue(k.Agreement, k.Kpi, m.Period.End), 2))))
        .Field<KpiView>(Type, "history", k => Measurements(k.Kpi))
        .Field<MeasurementView>("Measurement", "period", m => m.Entry.Period)
        .Field<MeasurementView>("Measurement", "value", m => m.Entry.Value)
        .Field<MeasurementView>("Measurement", "qualifier", m => m.Entry.Qualifier)
        .Field<MeasurementView>("Measurement", "source", m => m.Entry.Source)
        .FieldAsync<MeasurementView, object?>("Measurement", "reportedBy", async (m, ctx) => await Loaders.OrganisationAsync(ctx, m.Entry.ReportedBy))
        .Field<MeasurementView>("Measurement", "isCorrection", m => m.Entry.IsCorrection);

    private sealed record KpiPointView(ReportingPeriod Period, decimal Value, MeasurementQualifier Qualifier, decimal Expected);

    /// <summary>The history in recorded order; a correction carries the figure that counted for its period just before it.</summary>
    private static IReadOnlyList<MeasurementView> Measurements(KpiState kpi) =>
        kpi.History
            .Select((entry, i) => new MeasurementView(
                entry,
                entry.IsCorrection ? kpi.History.Take(i).LastOrDefault(earlier => earlier.Period == entry.Period)?.Value : null))
            .ToList();
}
