using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record KpiState(
    KpiId Id,
    string CatalogueCode,
    string Name,
    string Unit,
    KpiDirection Direction,
    decimal Baseline,
    decimal Target,
    DateOnly TargetDate,
    ReportingFrequency Frequency,
    string Geography,
    OrganisationId ResponsibleParty,
    GoalId? Goal,
    DateOnly DefinedOn,
    ImmutableList<MeasurementEntry> History)
{
    /// <summary>Periods that have a recorded measurement (corrections are not counted again).</summary>
    public int RecordedCount => History.Count(m => !m.IsCorrection);

    public bool HasMeasurementFor(ReportingPeriod period) => History.Exists(m => m.Period == period);

    /// <summary>The figure that counts for a period: the latest correction, else the original.</summary>
    public MeasurementEntry? CurrentFor(ReportingPeriod period) => History.FindLast(m => m.Period == period);

    /// <summary>The figure that counts for each reported period, in period order.</summary>
    public IReadOnlyList<MeasurementEntry> CurrentMeasurements() =>
        EachPeriodOnceInOrder() ? History : History.GroupBy(m => m.Period).Select(g => g.Last()).OrderBy(m => m.Period).ToList();

    /// <summary>Every figure is for a later period than the one before it, as when periods are reported in turn and never corrected: then every figure counts.</summary>
    private bool EachPeriodOnceInOrder()
    {
        ReportingPeriod? previous = null;
        foreach (var measurement in History)
        {
            if (previous is { } p && p.CompareTo(measurement.Period) >= 0)
            {
                return false;
            }

            previous = measurement.Period;
        }
        return true;
    }

    public bool Reached(decimal value) => Direction == KpiDirection.Increase ? value >= Target : value <= Target;
}

/// <summary>One figure in a KPI's history, an original or a correction; nothing is ever removed.</summary>
public sealed record MeasurementEntry(
    ReportingPeriod Period,
    decimal Value,
    MeasurementQualifier Qualifier,
    MeasurementSource Source,
    OrganisationId ReportedBy,
    bool IsCorrection);
