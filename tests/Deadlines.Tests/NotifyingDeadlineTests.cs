using AgreementTracker.Deadlines.Handling;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Deadlines.Tests.AgreementHistory;

namespace AgreementTracker.Deadlines.Tests;

/// <summary>
/// What a notifying deadline's handler writes when it fires, given the agreement as it then stands: the notification
/// under the message's id, or nothing when the cause went away.
/// </summary>
public sealed class NotifyingDeadlineTests
{
    private static readonly Guid MessageId = Guid.Parse("e0000000-0000-4000-8000-000000000001");

    /// <summary>A minute past midnight on the day the deadline falls due: when it fires.</summary>
    private static Notification? FiredOnItsDay<TDue>(TDue due, Func<TDue, DeadlineCheck, Notice?> check, AgreementState agreement)
        where TDue : IDeadlinePayload =>
        DeadlineNotifier.Notification(due, check, MessageId, agreement, OrganisationNames, DeadlineCalendar.StartOf(due.Deadline).AddMinutes(1));

    private static readonly AgreementEnding.Due Ending = new(Id, Period.End, new DateOnly(2026, 10, 2));

    [Fact]
    public void The_parties_are_reminded_of_the_end_under_the_messages_id_with_when_it_fell_due()
    {
        var notification = FiredOnItsDay(Ending, AgreementEnding.Check, Signed());

        Assert.NotNull(notification);
        Assert.Equal(MessageId, notification.Id);
        Assert.Equal(Id, notification.AgreementId);
        Assert.Equal([Brn, Aalborg, EnergyCluster], notification.Organisations);
        Assert.Equal(NotificationKinds.AgreementEnding, notification.Kind);
        Assert.Equal("Aftalen 'Energi i Nordjylland' udløber 31-12-2026, om 90 dage. Skal den forlænges?", notification.Message);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), notification.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 0, 1, 0, TimeSpan.Zero), notification.CreatedAt);
    }

    [Fact]
    public void The_reminder_of_an_end_that_was_moved_since_says_nothing()
    {
        var extended = Then(Signed(), new DateOnly(2026, 9, 1), new ExtendAgreement(Id, new DateOnly(2027, 6, 30)));

        Assert.Null(FiredOnItsDay(Ending, AgreementEnding.Check, extended));
    }

    private static readonly PaymentOverdue.Due Payment = new(Id, Commitment, Invoice, new DateOnly(2025, 4, 1));

    [Fact]
    public void An_unpaid_invoice_is_reported_to_the_payer_and_the_coordinator()
    {
        var notification = FiredOnItsDay(Payment, PaymentOverdue.Check, Invoiced());

        Assert.NotNull(notification);
        Assert.Equal(NotificationKinds.PaymentOverdue, notification.Kind);
        Assert.Equal([Aalborg, Brn], notification.Organisations);
        Assert.Equal(
            "Betaling på 50.000 kr. fra Aalborg Kommune forfaldt 31-03-2025 (medfinansiering 2025 af aftalen 'Energi i Nordjylland').",
            notification.Message);
    }

    [Fact]
    public void An_invoice_paid_in_time_is_not_reported()
    {
        var paid = Then(Invoiced(), new DateOnly(2025, 3, 20), new PayCoFinancing(Id, Commitment, Invoice, 50_000m, new DateOnly(2025, 3, 20)));

        Assert.Null(FiredOnItsDay(Payment, PaymentOverdue.Check, paid));
    }

    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.Parse("2025-Q1");
    private static readonly KpiReportMissing.Due KpiReport = new(Id, FirstQuarter, new DateOnly(2025, 5, 30));

    private static AgreementState WithQuarterlyKpi() => Then(Signed(), new DateOnly(2025, 1, 15), Kpi(Companies, ReportingFrequency.Quarterly));

    [Fact]
    public void A_quarter_without_a_figure_is_reported_naming_the_kpi_and_who_reports_it()
    {
        var notification = FiredOnItsDay(KpiReport, KpiReportMissing.Check, WithQuarterlyKpi());

        Assert.NotNull(notification);
        Assert.Equal(NotificationKinds.KpiNotReported, notification.Kind);
        Assert.Equal(
            "Aftalen 'Energi i Nordjylland' mangler måling for 1. kvartal 2025, 60 dage efter at perioden sluttede 31-03-2025: " +
            "KPI 'Unikke virksomheder' (ansvarlig: Energy Cluster Denmark).",
            notification.Message);
    }

    [Fact]
    public void A_quarter_that_was_measured_is_not_reported()
    {
        var measured = Then(WithQuarterlyKpi(), new DateOnly(2025, 4, 20),
            new RecordMeasurement(Id, Companies, FirstQuarter, 14m, MeasurementQualifier.Measured,
                new MeasurementSource(SourceKind.SecretariatCount, null, "Klyngens optælling"), EnergyCluster));

        Assert.Null(FiredOnItsDay(KpiReport, KpiReportMissing.Check, measured));
    }

    private static readonly MeetingsBehind.Due HalfYear = new(Id, new DateOnly(2025, 6, 30), new DateOnly(2025, 7, 1));

    private static AgreementState TwoMeetingsAYear() => Then(Signed(), Period.Start, new SetMeetingCadence(Id, 2, Period.Start));

    [Fact]
    public void A_half_year_without_the_agreed_meeting_is_reported()
    {
        var notification = FiredOnItsDay(HalfYear, MeetingsBehind.Check, TwoMeetingsAYear());

        Assert.NotNull(notification);
        Assert.Equal(NotificationKinds.MeetingsBehind, notification.Kind);
        Assert.Equal("Aftalen 'Energi i Nordjylland' er bagud med møderne: 0 af 1 aftalte møder i 2025 var afholdt 30-06-2025.", notification.Message);
    }

    [Fact]
    public void A_half_year_with_its_meeting_held_is_not_reported()
    {
        var heldOn = new DateOnly(2025, 5, 12);
        var held = Then(TwoMeetingsAYear(), heldOn,
            new HoldMeeting(Id, new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, "Koordinationsmøde", heldOn,
                [new Attendee("Anna Sørensen", Brn), new Attendee("Lars Holm", Aalborg)], "Status på aktiviteterne.", [], []));

        Assert.Null(FiredOnItsDay(HalfYear, MeetingsBehind.Check, held));
    }

    [Fact]
    public void A_reminder_is_of_use_for_two_weeks_and_the_ending_one_until_the_end_but_money_owed_and_an_expiry_always()
    {
        Assert.True(((IDeadlinePayload)KpiReport).IsUsefulOn(KpiReport.Deadline.AddDays(DeadlineSchedule.StaleAfterDays)));
        Assert.False(((IDeadlinePayload)KpiReport).IsUsefulOn(KpiReport.Deadline.AddDays(DeadlineSchedule.StaleAfterDays + 1)));
        Assert.False(((IDeadlinePayload)HalfYear).IsUsefulOn(HalfYear.Deadline.AddDays(DeadlineSchedule.StaleAfterDays + 1)));
        Assert.True(((IDeadlinePayload)Ending).IsUsefulOn(Period.End));
        Assert.False(((IDeadlinePayload)Ending).IsUsefulOn(Period.End.AddDays(1)));
        Assert.True(((IDeadlinePayload)Payment).IsUsefulOn(Payment.Deadline.AddYears(5)));
        Assert.True(((IDeadlinePayload)new AgreementExpiry.Due(Id, Period.End, Period.End.AddDays(1))).IsUsefulOn(Period.End.AddYears(5)));
    }
}
