using System.Collections.Immutable;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>A KPI as its reporting deadlines need it: how often, and from when.</summary>
internal sealed record KpiReporting(ReportingFrequency Frequency, DateOnly DefinedOn);

/// <summary>
/// The little the schedule must remember about an agreement between events: its period, since when a meeting cadence
/// applies, and its KPIs. An extension needs all three to schedule the deadlines of the added time.
/// Terminations and expiry are not here: they only ever remove deadlines, and a deadline that fires for an agreement
/// that has ended checks the agreement itself and does nothing.
/// </summary>
internal sealed record DeadlineFacts(DatePeriod Period, DateOnly? CadenceFrom, ImmutableList<KpiReporting> Kpis)
{
    /// <summary>The facts as the agreement's state holds them: what folding its events with <see cref="Evolve"/> gives.</summary>
    public static DeadlineFacts Of(AgreementState agreement) => new(
        agreement.Period,
        agreement.Cadence.FirstOrDefault()?.EffectiveFrom,
        [.. agreement.Kpis.Select(kpi => new KpiReporting(kpi.Frequency, kpi.DefinedOn))]);

    /// <summary>Whether the event can change the facts; appends of other events need not read them at all.</summary>
    public static bool CanChange(object @event) => @event is AgreementDrafted or AgreementExtended or KpiDefined or MeetingCadenceSet;

    /// <summary>The facts after one event; the same instance when the event changes nothing the schedule depends on.</summary>
    public static DeadlineFacts? Evolve(DeadlineFacts? facts, object @event) => (facts, @event) switch
    {
        (_, AgreementDrafted drafted) => new DeadlineFacts(drafted.Period, null, []),
        ({ } known, AgreementExtended extended) => known with { Period = known.Period with { End = extended.NewEnd } },
        ({ } known, KpiDefined kpi) => known with { Kpis = known.Kpis.Add(new KpiReporting(kpi.Frequency, kpi.DefinedOn)) },
        // A cadence can only be replaced from a later date, so the first one tells when meetings start to count.
        ({ CadenceFrom: null } known, MeetingCadenceSet cadence) => known with { CadenceFrom = cadence.EffectiveFrom },
        _ => facts,
    };
}
