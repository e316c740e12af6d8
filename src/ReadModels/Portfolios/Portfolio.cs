using AgreementTracker.Domain.FollowUp;

namespace AgreementTracker.ReadModels.Portfolios;

/// <summary>How many KPIs are in each status.</summary>
public sealed record KpiHealthCounts(int Achieved, int OnTrack, int AtRisk, int OffTrack, int NotReported)
{
    public static KpiHealthCounts Of(IEnumerable<KpiStatus> statuses)
    {
        var counts = statuses.CountBy(s => s).ToDictionary();
        return new KpiHealthCounts(
            counts.GetValueOrDefault(KpiStatus.Achieved),
            counts.GetValueOrDefault(KpiStatus.OnTrack),
            counts.GetValueOrDefault(KpiStatus.AtRisk),
            counts.GetValueOrDefault(KpiStatus.OffTrack),
            counts.GetValueOrDefault(KpiStatus.NotReported));
    }
}

/// <summary>
/// Everything an organisation is party to: its agreements (by title), how many are in force, the health of their
/// KPIs, and the organisation's own co-financing across them (the sum of its ledger lines).
/// </summary>
public sealed record Portfolio(
    Guid OrganisationId,
    IReadOnlyList<Guid> AgreementIds,
    int ActiveAgreementCount,
    KpiHealthCounts KpiHealth,
    decimal Committed,
    decimal Invoiced,
    decimal Paid,
    decimal Outstanding,
    decimal Overdue);
