using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Deadlines.Tests.AgreementHistory;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>Every deadline an agreement has as it stands, and the ones a change adds, named by the dates they depend on.</summary>
public sealed class DeadlinePlanTests
{
    private static IEnumerable<TDue> Planned<TDue>(AgreementState agreement) => DeadlinePlan.For(agreement).Select(d => d.Payload).OfType<TDue>();

    [Fact]
    public void Meetings_are_counted_at_the_end_of_each_half_year_and_on_the_last_day()
    {
        var withCadence = Then(Signed(), new DateOnly(2025, 3, 1), new SetMeetingCadence(Id, 2, new DateOnly(2025, 4, 1)));
        var extended = Then(withCadence, new DateOnly(2026, 9, 1), new ExtendAgreement(Id, new DateOnly(2027, 3, 31)));

        Assert.Equal(
            [new DateOnly(2025, 6, 30), new DateOnly(2025, 12, 31), new DateOnly(2026, 6, 30), new DateOnly(2026, 12, 31), new DateOnly(2027, 3, 31)],
            Planned<MeetingsBehind.Due>(extended).Select(d => d.Checkpoint));
    }

    [Fact]
    public void A_kpi_reports_every_period_that_ends_within_the_agreement_from_when_it_was_defined()
    {
        var withKpi = Then(Signed(), new DateOnly(2025, 8, 15), Kpi(Companies, ReportingFrequency.HalfYearly));

        var due = Planned<KpiReportMissing.Due>(withKpi).ToList();

        Assert.Equal(["2025-H2", "2026-H1", "2026-H2"], due.Select(d => d.Period.ToString()));
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 29), new DateOnly(2027, 3, 1)], due.Select(d => d.Deadline));
    }

    [Fact]
    public void Kpis_of_one_frequency_share_each_period_deadline()
    {
        var fromTheStart = Then(Signed(), Period.Start,
            Kpi(Companies, ReportingFrequency.HalfYearly), Kpi(new KpiId(Guid.NewGuid()), ReportingFrequency.Yearly, "Deltagere i aktiviteter"));
        var later = Then(fromTheStart, new DateOnly(2025, 8, 15), Kpi(new KpiId(Guid.NewGuid()), ReportingFrequency.HalfYearly, "Nye samarbejder"));

        Assert.Equal(
            ["2025-H1", "2025-H2", "2026-H1", "2026-H2", "2025", "2026"],
            Planned<KpiReportMissing.Due>(later).Select(d => d.Period.ToString()));
        Assert.Empty(DeadlinePlan.Added(fromTheStart, later));
    }

    [Fact]
    public void An_extension_adds_a_new_reminder_and_expiry_and_keeps_the_keys_of_everything_else()
    {
        var before = Signed();
        var after = Then(before, new DateOnly(2026, 9, 1), new ExtendAgreement(Id, new DateOnly(2027, 3, 31)));

        Assert.Equal(
            [$"deadline:{Id}:ending:2027-03-31", $"deadline:{Id}:expiry:2027-03-31"],
            DeadlinePlan.Added(before, after).Select(d => d.Key));
    }

    [Fact]
    public void An_invoice_is_watched_for_payment_until_it_is_paid_in_full()
    {
        var invoiced = Invoiced();
        var partly = Then(invoiced, new DateOnly(2025, 3, 20), new PayCoFinancing(Id, Commitment, Invoice, 20_000m, new DateOnly(2025, 3, 20)));
        var paid = Then(partly, new DateOnly(2025, 3, 25), new PayCoFinancing(Id, Commitment, Invoice, 30_000m, new DateOnly(2025, 3, 25)));

        Assert.Equal([new DateOnly(2025, 4, 1)], Planned<PaymentOverdue.Due>(invoiced).Select(d => d.Deadline));
        Assert.Equal([new DateOnly(2025, 4, 1)], Planned<PaymentOverdue.Due>(partly).Select(d => d.Deadline));
        Assert.Empty(Planned<PaymentOverdue.Due>(paid));
        Assert.Empty(DeadlinePlan.Added(partly, paid));
    }

    [Fact]
    public void An_imported_history_whose_invoice_was_paid_schedules_no_payment_deadline()
    {
        var paid = Then(Invoiced(), new DateOnly(2025, 3, 20), new PayCoFinancing(Id, Commitment, Invoice, 50_000m, new DateOnly(2025, 3, 20)));

        Assert.DoesNotContain(DeadlinePlan.Added(null, paid), d => d.Payload is PaymentOverdue.Due);
    }
}
