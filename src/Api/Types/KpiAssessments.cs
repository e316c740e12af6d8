using System.Runtime.CompilerServices;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;

namespace AgreementTracker.Api.Types;

/// <summary>
/// Every KPI of an agreement state assessed on a date, computed once per state object and date. States are immutable
/// and the read side hands out the same object until the agreement's version moves on, so a dashboard asked again and
/// again (and the <c>kpis</c> and <c>kpiHealth</c> fields of one answer) reuse the assessment instead of redoing it.
/// </summary>
internal static class KpiAssessments
{
    private static readonly ConditionalWeakTable<AgreementState, Assessed> Cache = [];

    private sealed record Assessed(DateOnly AsOf, IReadOnlyList<KpiAssessment> Assessments);

    public static IReadOnlyList<KpiAssessment> Of(AgreementState state, DateOnly asOf)
    {
        if (Cache.TryGetValue(state, out var cached) && cached.AsOf == asOf)
            return cached.Assessments;
        var assessed = new Assessed(asOf, KpiFulfilment.AssessAll(state, asOf));
        Cache.AddOrUpdate(state, assessed);
        return assessed.Assessments;
    }
}
