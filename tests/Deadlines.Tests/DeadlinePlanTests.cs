using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Tests;

public sealed class DeadlinePlanTests
{
    private static readonly AgreementId Agreement = new(Guid.Parse("a0000000-0000-4000-8000-000000000001"));
    private static readonly DatePeriod TwoYears = new(new DateOnly(2025, 3, 1), new DateOnly(2026, 9, 30));

    private static DeadlineFacts Drafted(DatePeriod period) =>
        DeadlineFacts.Evolve(null, new AgreementDrafted(Agreement, "Aftale", AgreementKind.FrameworkAgreement, "Formål", period, "Energi", [], "Nordjylland"))!;

    [Fact]
    public void Meetings_are_counted_at_the_end_of_each_half_year_and_on_the_last_day()
    {
        var facts = DeadlineFacts.Evolve(Drafted(TwoYears), new MeetingCadenceSet(2, new DateOnly(2025, 4, 1)))!;

        var checkpoints = DeadlinePlan.For(Agreement, facts)
            .Where(d => d.Kind == MeetingsBehind.MessageKind)
            .Select(d => ((MeetingsBehind.Due)d.Payload).Checkpoint);

        Assert.Equal(
            [new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 31), new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30)],
            checkpoints);
    }

    private static KpiDefined Kpi(ReportingFrequency frequency, DateOnly definedOn) => new(
        new KpiId(Guid.NewGuid()), "UNIKKE_VIRKSOMHEDER", $"Unikke virksomheder {frequency}", "virksomheder", KpiDirection.Increase, 0, 100,
        new DateOnly(2026, 9, 30), frequency, "Nordjylland", new OrganisationId(Guid.NewGuid()), null, definedOn);

    private static List<KpiReportMissing.Due> KpiDeadlines(DeadlineFacts facts) =>
        DeadlinePlan.For(Agreement, facts).Where(d => d.Kind == KpiReportMissing.MessageKind).Select(d => (KpiReportMissing.Due)d.Payload).ToList();

    [Fact]
    public void A_kpi_reports_every_period_that_ends_within_the_agreement_from_when_it_was_defined()
    {
        var facts = DeadlineFacts.Evolve(Drafted(TwoYears), Kpi(ReportingFrequency.HalfYearly, new DateOnly(2025, 8, 15)))!;

        var due = KpiDeadlines(facts);

        Assert.Equal(["2025-H2", "2026-H1"], due.Select(d => d.Period.ToString()));
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 29)], due.Select(d => d.Deadline));
    }

    [Fact]
    public void Kpis_of_one_frequency_share_each_period_deadline()
    {
        var facts = new[] { Kpi(ReportingFrequency.HalfYearly, TwoYears.Start), Kpi(ReportingFrequency.HalfYearly, new DateOnly(2025, 8, 15)), Kpi(ReportingFrequency.Yearly, TwoYears.Start) }
            .Aggregate(Drafted(TwoYears), (f, e) => DeadlineFacts.Evolve(f, e)!);

        Assert.Equal(["2025-H1", "2025-H2", "2026-H1", "2025"], KpiDeadlines(facts).Select(d => d.Period.ToString()));
    }

    [Fact]
    public void An_extension_adds_a_new_reminder_and_expiry_and_keeps_the_keys_of_everything_else()
    {
        var before = Drafted(TwoYears);
        var after = DeadlineFacts.Evolve(before, new AgreementExtended(TwoYears.End, new DateOnly(2027, 3, 31)))!;

        var added = DeadlinePlan.Added(Agreement, before, after).Select(d => d.Key);

        Assert.Equal(
            [$"deadline:{Agreement}:ending:2027-03-31", $"deadline:{Agreement}:expiry:2027-03-31"],
            added);
    }

    [Fact]
    public void Events_the_schedule_does_not_depend_on_leave_its_facts_as_they_were()
    {
        var facts = Drafted(TwoYears);

        Assert.Same(facts, DeadlineFacts.Evolve(facts, new MeetingCancelled(new MeetingId(Guid.NewGuid()))));
        Assert.Same(facts, DeadlineFacts.Evolve(facts, new AgreementExpired(TwoYears.End)));
    }
}
