using AgreementTracker.Domain.Agreements;

namespace AgreementTracker.Domain.FollowUp;

/// <summary>One year's action plan in numbers: activities planned and completed, and whom they reached.</summary>
public sealed record ActivityYear(int Year, int Planned, int Completed, int Participants, int UniqueCompanies, int CompaniesUnder50);

/// <summary>
/// The annual count of company participation the clusters and BRN want to share (seed 002). Unique companies are
/// summed per activity, so a company joining two activities counts twice; only the KPIs hold de-duplicated counts.
/// </summary>
public static class ActivityReach
{
    public static IReadOnlyList<ActivityYear> PerYear(AgreementState agreement) =>
        agreement.ActionPlans
            .OrderBy(p => p.Year)
            .Select(plan =>
            {
                var activities = agreement.Activities.Where(a => a.ActionPlanId == plan.Id).ToList();
                var outcomes = activities.Select(a => a.Outcome).OfType<ActivityOutcome>().ToList();
                return new ActivityYear(
                    plan.Year,
                    activities.Count,
                    outcomes.Count,
                    outcomes.Sum(o => o.Participants),
                    outcomes.Sum(o => o.UniqueCompanies),
                    outcomes.Sum(o => o.CompaniesUnder50));
            })
            .ToList();
}
