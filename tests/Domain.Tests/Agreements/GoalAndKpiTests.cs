using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class GoalAndKpiTests
{
    private static readonly GoalId GoalId = GoalId.From(Guid.Parse("d0000000-0000-0000-0000-000000000001"));
    private static readonly GoalSet Goal = new(GoalId, "Flere SMV'er samarbejder med videninstitutioner", GoalHardness.Hard, GoalHorizon.ShortTerm);
    private static readonly KpiId SecondKpiId = KpiId.From(Guid.Parse("c0000000-0000-0000-0000-000000000002"));

    private static DefineKpi Define(KpiDirection direction = KpiDirection.Increase, decimal baseline = 0, decimal target = 100) => new(
        History.AgreementId, UniqueCompaniesKpiId, "UNIKKE_VIRKSOMHEDER", "Unikke virksomheder", "virksomheder", direction, baseline, target,
        new DateOnly(2026, 12, 31), ReportingFrequency.Quarterly, "Aalborg Kommune", EnergyCluster);

    [Fact]
    public void Setting_a_goal() =>
        Given.Agreement(Signed)
            .When(new SetGoal(History.AgreementId, GoalId, "Flere SMV'er samarbejder med videninstitutioner", GoalHardness.Hard, GoalHorizon.ShortTerm))
            .Then(Goal);

    [Fact]
    public void A_goal_needs_a_description() =>
        Given.Agreement(Signed).When(new SetGoal(History.AgreementId, GoalId, "", GoalHardness.Soft, GoalHorizon.LongTerm)).ThenRefused("text_required");

    [Fact]
    public void A_goal_is_set_once() =>
        Given.Agreement([.. Signed, Goal]).When(new SetGoal(History.AgreementId, GoalId, "x", GoalHardness.Soft, GoalHorizon.LongTerm)).ThenRefused("goal_already_set");

    [Fact]
    public void Goals_are_not_set_on_a_terminated_agreement() =>
        Given.Agreement([.. Signed, new AgreementTerminated(Aalborg, new DateOnly(2025, 1, 1))])
            .When(new SetGoal(History.AgreementId, GoalId, "x", GoalHardness.Soft, GoalHorizon.LongTerm))
            .ThenRefused("agreement_terminated");

    [Fact]
    public void Defining_a_kpi_before_the_start_dates_it_from_today() =>
        Given.Agreement(Signed).On(new DateOnly(2023, 12, 15)).When(Define()).Then(UniqueCompaniesKpi);

    [Fact]
    public void A_decreasing_kpi_needs_a_target_below_its_baseline()
    {
        var error = Given.Agreement(Signed).When(Define(KpiDirection.Decrease, baseline: 10, target: 20)).ThenRefused("target_not_an_improvement");
        Assert.Equal("KPI'en 'Unikke virksomheder' skal falde, men målet 20 er ikke under udgangspunktet 10.", error.Message);
        Assert.Equal("target", error.Field);
    }

    [Fact]
    public void An_increasing_kpi_needs_a_target_above_its_baseline() =>
        Given.Agreement(Signed).When(Define(baseline: 100, target: 100)).ThenRefused("target_not_an_improvement");

    [Fact]
    public void A_kpi_target_date_must_lie_after_its_start() =>
        Given.Agreement(Signed).When(Define() with { TargetDate = new DateOnly(2025, 6, 1) }).ThenRefused("invalid_target_date");

    [Fact]
    public void A_kpi_needs_a_name() => Given.Agreement(Signed).When(Define() with { Name = " " }).ThenRefused("text_required");

    [Fact]
    public void A_kpi_needs_a_unit() => Given.Agreement(Signed).When(Define() with { Unit = "" }).ThenRefused("text_required");

    [Fact]
    public void The_responsible_party_must_be_a_party() =>
        Given.Agreement(Signed).When(Define() with { ResponsibleParty = Hjoerring }).ThenRefused("not_a_party");

    [Fact]
    public void A_kpi_id_is_used_once() => Given.Agreement(SignedWithKpi).When(Define()).ThenRefused("kpi_already_defined");

    [Fact]
    public void Kpi_names_are_unique_within_an_agreement() =>
        Given.Agreement(SignedWithKpi).When(Define() with { KpiId = SecondKpiId, Name = "unikke virksomheder" }).ThenRefused("kpi_name_taken");

    [Fact]
    public void A_kpi_may_serve_a_goal_that_exists() =>
        Given.Agreement(Signed).When(Define() with { Goal = GoalId }).ThenRefused("goal_not_found");

    [Fact]
    public void Revising_a_target_keeps_the_previous_one_in_the_event() =>
        Given.Agreement(SignedWithKpi)
            .When(new ReviseKpiTarget(History.AgreementId, UniqueCompaniesKpiId, 150, new DateOnly(2026, 12, 31)))
            .Then(new KpiTargetRevised(UniqueCompaniesKpiId, 100, 150, new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)));

    [Fact]
    public void Revising_to_the_same_target_is_refused() =>
        Given.Agreement(SignedWithKpi)
            .When(new ReviseKpiTarget(History.AgreementId, UniqueCompaniesKpiId, 100, new DateOnly(2026, 12, 31)))
            .ThenRefused("kpi_target_unchanged");

    [Fact]
    public void A_revised_target_must_still_be_an_improvement() =>
        Given.Agreement(SignedWithKpi)
            .When(new ReviseKpiTarget(History.AgreementId, UniqueCompaniesKpiId, -5, new DateOnly(2026, 12, 31)))
            .ThenRefused("target_not_an_improvement");

    [Fact]
    public void Revising_an_unknown_kpi_is_refused() =>
        Given.Agreement(Signed)
            .When(new ReviseKpiTarget(History.AgreementId, UniqueCompaniesKpiId, 150, new DateOnly(2026, 12, 31)))
            .ThenRefused("kpi_not_found");

    [Fact]
    public void Targets_are_not_revised_after_expiry() =>
        Given.Agreement([.. SignedWithKpi, new AgreementExpired(new DateOnly(2026, 12, 31))])
            .When(new ReviseKpiTarget(History.AgreementId, UniqueCompaniesKpiId, 150, new DateOnly(2026, 12, 31)))
            .ThenRefused("agreement_expired");
}
