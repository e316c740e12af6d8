using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Deadlines.Tests.AgreementHistory;
using static AgreementTracker.Deadlines.Tests.ScheduledMessages;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// <see cref="DeadlineSchedule.For"/>: given the agreement before and after a change, the deadlines the change adds,
/// each scheduled for 00:00 UTC on the day it falls due; <see cref="DeadlineSchedule.ForImport"/>: the same for an
/// imported agreement, with those already due that only notify fired at once.
/// </summary>
public sealed class ScheduleTests
{
    [Fact]
    public void A_new_agreement_schedules_the_reminder_ninety_days_before_its_end_and_its_expiry_the_day_after()
    {
        var signed = Signed();

        var scheduled = Of(DeadlineSchedule.For(null, signed, SignedOn));

        Assert.Equal(
            [
                (new AgreementEnding.Due(Id, Period.End, new DateOnly(2026, 10, 2)), StartOf(2026, 10, 2)),
                (new AgreementExpiry.Due(Id, Period.End, new DateOnly(2027, 1, 1)), StartOf(2027, 1, 1)),
            ],
            scheduled);
    }

    [Fact]
    public void A_kpi_schedules_each_period_it_reports_for_and_a_second_kpi_of_that_frequency_adds_nothing()
    {
        var signed = Signed();
        var definedOn = new DateOnly(2026, 2, 10);
        var withKpi = Then(signed, definedOn, Kpi(Companies, ReportingFrequency.HalfYearly));

        Assert.Equal(
            [
                (new KpiReportMissing.Due(Id, ReportingPeriod.Parse("2026-H1"), new DateOnly(2026, 8, 29)), StartOf(2026, 8, 29)),
                (new KpiReportMissing.Due(Id, ReportingPeriod.Parse("2026-H2"), new DateOnly(2027, 3, 1)), StartOf(2027, 3, 1)),
            ],
            Of(DeadlineSchedule.For(signed, withKpi, definedOn)));
        var withSecondKpi = Then(withKpi, definedOn, Kpi(new KpiId(Guid.NewGuid()), ReportingFrequency.HalfYearly, "Deltagere i aktiviteter"));
        Assert.Empty(DeadlineSchedule.For(withKpi, withSecondKpi, definedOn));
    }

    [Fact]
    public void A_cadence_recorded_late_schedules_only_the_half_year_checks_still_of_use()
    {
        var signed = Signed();
        var today = new DateOnly(2026, 1, 20);

        var withCadence = Then(signed, today, new SetMeetingCadence(Id, 2, Period.Start));

        Assert.Equal(
            [
                (new MeetingsBehind.Due(Id, new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 1)), StartOf(2026, 7, 1)),
                (new MeetingsBehind.Due(Id, new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 1)), StartOf(2027, 1, 1)),
            ],
            Of(DeadlineSchedule.For(signed, withCadence, today)));
    }

    [Fact]
    public void An_invoice_schedules_its_check_for_the_day_after_it_falls_due_and_its_payment_schedules_nothing()
    {
        var committed = Then(Signed(), new DateOnly(2025, 3, 1),
            new CommitCoFinancing(Id, Commitment, Aalborg, 50_000m, 2025, "Klyngeaktiviteter i Aalborg", ContributionForm.Cash));
        var invoiced = Invoiced();
        var paid = Then(invoiced, new DateOnly(2025, 3, 20), new PayCoFinancing(Id, Commitment, Invoice, 50_000m, new DateOnly(2025, 3, 20)));

        Assert.Equal(
            [(new PaymentOverdue.Due(Id, Commitment, Invoice, new DateOnly(2025, 4, 1)), StartOf(2025, 4, 1))],
            Of(DeadlineSchedule.For(committed, invoiced, new DateOnly(2025, 3, 1))));
        Assert.Empty(DeadlineSchedule.For(invoiced, paid, new DateOnly(2025, 3, 20)));
    }

    [Fact]
    public void An_extension_schedules_what_the_added_time_brings_and_nothing_already_planned()
    {
        var before = Then(Signed(), new DateOnly(2025, 1, 15), new SetMeetingCadence(Id, 2, Period.Start), Kpi(Companies, ReportingFrequency.Quarterly));
        var today = new DateOnly(2026, 5, 1);
        var newEnd = new DateOnly(2027, 6, 30);

        var after = Then(before, today, new ExtendAgreement(Id, newEnd));

        Assert.Equal(
            [
                (new AgreementEnding.Due(Id, newEnd, new DateOnly(2027, 4, 1)), StartOf(2027, 4, 1)),
                (new KpiReportMissing.Due(Id, ReportingPeriod.Parse("2027-Q1"), new DateOnly(2027, 5, 30)), StartOf(2027, 5, 30)),
                (new AgreementExpiry.Due(Id, newEnd, new DateOnly(2027, 7, 1)), StartOf(2027, 7, 1)),
                (new MeetingsBehind.Due(Id, newEnd, new DateOnly(2027, 7, 1)), StartOf(2027, 7, 1)),
                (new KpiReportMissing.Due(Id, ReportingPeriod.Parse("2027-Q2"), new DateOnly(2027, 8, 29)), StartOf(2027, 8, 29)),
            ],
            Of(DeadlineSchedule.For(before, after, today)));
    }

    [Fact]
    public void An_imported_agreement_long_past_its_end_schedules_its_expiry_and_the_money_still_owed_but_no_stale_reminder()
    {
        var imported = Then(Invoiced(), new DateOnly(2025, 4, 10), new SetMeetingCadence(Id, 2, Period.Start), Kpi(Companies, ReportingFrequency.Quarterly));

        var scheduled = Of(DeadlineSchedule.For(null, imported, today: new DateOnly(2027, 6, 1)));

        Assert.Equal(
            [
                (new PaymentOverdue.Due(Id, Commitment, Invoice, new DateOnly(2025, 4, 1)), StartOf(2025, 4, 1)),
                (new AgreementExpiry.Due(Id, Period.End, new DateOnly(2027, 1, 1)), StartOf(2027, 1, 1)),
            ],
            scheduled);
    }

    [Fact]
    public void A_deadline_already_due_is_scheduled_only_if_its_check_finds_something_in_the_state_at_hand()
    {
        var reported = Then(Signed(), new DateOnly(2025, 1, 15), Kpi(Companies, ReportingFrequency.Quarterly));
        reported = Then(reported, new DateOnly(2025, 4, 10),
            new RecordMeasurement(Id, Companies, ReportingPeriod.Parse("2025-Q1"), 14m, MeasurementQualifier.Measured,
                new MeasurementSource(SourceKind.SecretariatCount, null, "Klyngens optælling"), EnergyCluster));
        var expired = Then(Signed(), new DateOnly(2027, 1, 1), new ExpireAgreement(Id));

        Assert.DoesNotContain(Of(DeadlineSchedule.For(null, reported, today: new DateOnly(2025, 5, 30))),
            d => d.Message is KpiReportMissing.Due due && due.Period == ReportingPeriod.Parse("2025-Q1"));
        Assert.Empty(DeadlineSchedule.For(null, expired, today: new DateOnly(2027, 6, 1)));
    }

    [Fact]
    public void A_change_the_deadlines_do_not_depend_on_schedules_nothing()
    {
        var before = Then(Signed(), new DateOnly(2025, 1, 15), new SetMeetingCadence(Id, 2, Period.Start), Kpi(Companies, ReportingFrequency.Quarterly));
        var heldOn = new DateOnly(2025, 5, 12);

        var after = Then(before, heldOn,
            new HoldMeeting(Id, new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, "Koordinationsmøde", heldOn,
                [new Attendee("Anna Sørensen", Brn), new Attendee("Lars Holm", Aalborg)], "Status på aktiviteterne.", [], []),
            new RecordMeasurement(Id, Companies, ReportingPeriod.Parse("2025-Q1"), 14m, MeasurementQualifier.Measured,
                new MeasurementSource(SourceKind.SecretariatCount, null, "Klyngens optælling"), EnergyCluster));

        Assert.Empty(DeadlineSchedule.For(before, after, heldOn));
        Assert.Empty(DeadlineSchedule.For(after, after, heldOn));
    }

    [Fact]
    public void An_import_writes_the_notices_of_its_deadlines_already_due_and_schedules_the_rest_as_a_new_agreement_would()
    {
        var imported = Then(Invoiced(), new DateOnly(2025, 4, 10), Kpi(Companies, ReportingFrequency.Quarterly));
        var today = new DateOnly(2026, 11, 1);
        var now = DeadlineCalendar.StartOf(today).AddHours(6);

        var deadlines = DeadlineSchedule.ForImport(imported, now, OrganisationNames);

        var asNew = Of(DeadlineSchedule.For(null, imported, today));
        var fired = asNew.Where(d => d.Message.Deadline <= today && d.Message is not AgreementExpiry.Due).ToList();
        Assert.Equal(asNew.Except(fired), Of(deadlines.Scheduled));
        Assert.Equal(fired.Count, deadlines.Fired.Count);
        Assert.All(deadlines.Fired, n => Assert.Equal((Id, now), (n.AgreementId, n.CreatedAt)));
        var overdue = Assert.Single(deadlines.Fired, n => n.Kind == NotificationKinds.PaymentOverdue);
        Assert.Equal(StartOf(2025, 4, 1), overdue.DueAt);
        Assert.Contains("Aalborg Kommune", overdue.Message);
    }
}
