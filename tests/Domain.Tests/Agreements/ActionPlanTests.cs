using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class ActionPlanTests
{
    private static readonly ActionPlanId PlanId = ActionPlanId.From(Guid.Parse("10000000-0000-0000-0000-000000000001"));
    private static readonly ActivityId ActivityId = ActivityId.From(Guid.Parse("11000000-0000-0000-0000-000000000001"));
    private static readonly DateOnly AdoptedOn = new(2025, 1, 20);

    private static readonly ActionPlanAdopted Adopted = new(PlanId, 2025, "Handleplan 2025", ["Brint", "Energilagring"], AdoptedOn);
    private static readonly ActivityPlanned Planned = new(ActivityId, PlanId, "Matchmaking om brint", new DateOnly(2025, 5, 14), EnergyCluster);

    private static AdoptActionPlan Adopt(int year = 2025) =>
        new(History.AgreementId, PlanId, year, "Handleplan 2025", ["Brint", " ", "Energilagring"], AdoptedOn);

    private static CompleteActivity Complete(int participants = 40, int unique = 25, int under50 = 18) =>
        new(History.AgreementId, ActivityId, new DateOnly(2025, 5, 14), participants, unique, under50);

    [Fact]
    public void Adopting_a_yearly_plan() => Given.Agreement(Signed).When(Adopt()).Then(Adopted);

    [Fact]
    public void A_plan_needs_a_signed_agreement() => Given.Agreement(WithParties).When(Adopt()).ThenRefused("agreement_not_signed");

    [Fact]
    public void A_plan_year_must_lie_within_the_agreement() => Given.Agreement(Signed).When(Adopt(2027)).ThenRefused("year_outside_agreement");

    [Fact]
    public void A_plan_needs_a_title() => Given.Agreement(Signed).When(Adopt() with { Title = "" }).ThenRefused("text_required");

    [Fact]
    public void A_plan_cannot_be_adopted_in_the_future() =>
        Given.Agreement(Signed).When(Adopt() with { AdoptedOn = new DateOnly(2025, 7, 1) }).ThenRefused("date_in_future");

    [Fact]
    public void A_plan_is_adopted_once() => Given.Agreement([.. Signed, Adopted]).When(Adopt()).ThenRefused("action_plan_already_adopted");

    [Fact]
    public void One_plan_per_year()
    {
        var error = Given.Agreement([.. Signed, Adopted])
            .When(Adopt() with { ActionPlanId = ActionPlanId.From(Guid.Parse("10000000-0000-0000-0000-000000000002")) })
            .ThenRefused("action_plan_exists_for_year");
        Assert.Equal("'Grøn energi i Aalborg' har allerede en handlingsplan for 2025: 'Handleplan 2025'.", error.Message);
        Assert.Equal("year", error.Field);
    }

    [Fact]
    public void Planning_an_activity_under_a_plan() =>
        Given.Agreement([.. Signed, Adopted])
            .When(new PlanActivity(History.AgreementId, ActivityId, PlanId, "Matchmaking om brint", new DateOnly(2025, 5, 14), EnergyCluster))
            .Then(Planned);

    [Fact]
    public void An_activity_needs_an_existing_plan() =>
        Given.Agreement(Signed)
            .When(new PlanActivity(History.AgreementId, ActivityId, PlanId, "Matchmaking", new DateOnly(2025, 5, 14), EnergyCluster))
            .ThenRefused("action_plan_not_found");

    [Fact]
    public void An_activity_belongs_to_its_plan_year() =>
        Given.Agreement([.. Signed, Adopted])
            .When(new PlanActivity(History.AgreementId, ActivityId, PlanId, "Matchmaking", new DateOnly(2026, 2, 1), EnergyCluster))
            .ThenRefused("activity_outside_plan_year");

    [Fact]
    public void An_activity_is_planned_once() =>
        Given.Agreement([.. Signed, Adopted, Planned])
            .When(new PlanActivity(History.AgreementId, ActivityId, PlanId, "Matchmaking", new DateOnly(2025, 5, 14), EnergyCluster))
            .ThenRefused("activity_already_planned");

    [Fact]
    public void The_responsible_organisation_must_be_registered() =>
        Given.Agreement([.. Signed, Adopted])
            .When(new PlanActivity(History.AgreementId, ActivityId, PlanId, "Matchmaking", new DateOnly(2025, 5, 14), Unregistered))
            .ThenRefused("organisation_not_found");

    [Fact]
    public void Completing_an_activity_records_its_reach() =>
        Given.Agreement([.. Signed, Adopted, Planned])
            .When(Complete())
            .Then(new ActivityCompleted(ActivityId, new DateOnly(2025, 5, 14), 40, 25, 18));

    [Fact]
    public void Completing_an_unknown_activity_is_refused() => Given.Agreement([.. Signed, Adopted]).When(Complete()).ThenRefused("activity_not_found");

    [Fact]
    public void Completing_twice_is_refused() =>
        Given.Agreement([.. Signed, Adopted, Planned, new ActivityCompleted(ActivityId, new DateOnly(2025, 5, 14), 40, 25, 18)])
            .When(Complete())
            .ThenRefused("activity_already_completed");

    [Fact]
    public void Counts_cannot_be_negative() => Given.Agreement([.. Signed, Adopted, Planned]).When(Complete(-1, 0, 0)).ThenRefused("invalid_count");

    [Fact]
    public void Unique_companies_cannot_outnumber_participants() =>
        Given.Agreement([.. Signed, Adopted, Planned]).When(Complete(10, 11, 5)).ThenRefused("more_companies_than_participants");

    [Fact]
    public void Small_companies_cannot_outnumber_unique_companies() =>
        Given.Agreement([.. Signed, Adopted, Planned]).When(Complete(40, 25, 26)).ThenRefused("more_small_companies_than_companies");

    [Fact]
    public void An_activity_cannot_be_completed_in_the_future() =>
        Given.Agreement([.. Signed, Adopted, Planned])
            .When(Complete() with { CompletedOn = new DateOnly(2025, 8, 1) })
            .ThenRefused("date_in_future");
}
