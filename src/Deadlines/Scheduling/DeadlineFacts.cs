using System.Collections.Immutable;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>A KPI as its reporting deadlines need it: how often, and from when.</summary>
internal sealed record KpiReporting(ReportingFrequency Frequency, DateOnly DefinedOn);

/// <summary>
/// What an agreement's date-driven deadlines depend on: its period, since when a meeting cadence applies, and its KPIs.
/// Terminations and expiry are not here: they only ever remove deadlines, and a deadline that fires for an agreement
/// that has ended checks the agreement itself and does nothing.
/// </summary>
internal sealed record DeadlineFacts(DatePeriod Period, DateOnly? CadenceFrom, ImmutableList<KpiReporting> Kpis)
{
    /// <summary>The facts as the agreement's state holds them.</summary>
    public static DeadlineFacts Of(AgreementState agreement) => new(
        agreement.Period,
        // A cadence can only be replaced from a later date, so the first one tells when meetings start to count.
        agreement.Cadence.FirstOrDefault()?.EffectiveFrom,
        [.. agreement.Kpis.Select(kpi => new KpiReporting(kpi.Frequency, kpi.DefinedOn))]);
}
