using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.FollowUp;

public class ActivityReachTests
{
    private static ActivityId Activity(int n) => ActivityId.From(new Guid(n, 3, 0, new byte[8]));

    [Fact]
    public void Adds_up_completed_activities_per_plan_year()
    {
        var plan2024 = ActionPlanId.From(new Guid(1, 4, 0, new byte[8]));
        var plan2025 = ActionPlanId.From(new Guid(2, 4, 0, new byte[8]));
        var state = Agreement.Fold(null, [
            .. Signed,
            new ActionPlanAdopted(plan2025, 2025, "Handleplan 2025", [], new DateOnly(2025, 1, 20)),
            new ActionPlanAdopted(plan2024, 2024, "Handleplan 2024", [], new DateOnly(2024, 1, 20)),
            new ActivityPlanned(Activity(1), plan2024, "Temamøde", new DateOnly(2024, 3, 1), EnergyCluster),
            new ActivityPlanned(Activity(2), plan2024, "Workshop", new DateOnly(2024, 9, 1), EnergyCluster),
            new ActivityPlanned(Activity(3), plan2025, "Studietur", new DateOnly(2025, 5, 1), Aalborg),
            new ActivityCompleted(Activity(1), new DateOnly(2024, 3, 1), 40, 25, 20),
            new ActivityCompleted(Activity(2), new DateOnly(2024, 9, 1), 30, 20, 12),
        ])!;

        Assert.Equal(
            [new ActivityYear(2024, 2, 2, 70, 45, 32), new ActivityYear(2025, 1, 0, 0, 0, 0)],
            ActivityReach.PerYear(state));
    }
}
