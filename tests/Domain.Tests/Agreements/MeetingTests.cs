using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

public class MeetingTests
{
    private static readonly MeetingId MeetingId = MeetingId.From(Guid.Parse("20000000-0000-0000-0000-000000000001"));
    private static readonly ActionItemId ActionItemId = ActionItemId.From(Guid.Parse("21000000-0000-0000-0000-000000000001"));
    private static readonly DateOnly HeldOn = new(2025, 6, 10);

    private static readonly ActionItem Invitation = new(ActionItemId, "Udsende invitation til virksomhedsnetværk", Aalborg, new DateOnly(2025, 8, 1));
    private static readonly Attendee Mette = new("Mette Sørensen", Aalborg);

    private static readonly MeetingScheduled Scheduled = new(MeetingId, MeetingKind.Coordination, "Koordinationsmøde forår 2025", HeldOn);

    private static readonly MeetingHeld Held = new(
        MeetingId, MeetingKind.Coordination, "Koordinationsmøde forår 2025", HeldOn, [Mette], "Status på indsatsen.", ["Fælles arrangement i efteråret"], [Invitation]);

    private static HoldMeeting Hold(IReadOnlyList<ActionItem>? items = null) => new(
        History.AgreementId, MeetingId, MeetingKind.Coordination, "Koordinationsmøde forår 2025", HeldOn, [Mette], "Status på indsatsen.",
        ["Fælles arrangement i efteråret", " "], items ?? [Invitation]);

    [Fact]
    public void Setting_a_cadence() =>
        Given.Agreement(Signed)
            .When(new SetMeetingCadence(History.AgreementId, 2, new DateOnly(2024, 1, 1)))
            .Then(new MeetingCadenceSet(2, new DateOnly(2024, 1, 1)));

    [Theory]
    [InlineData(-1)]
    [InlineData(53)]
    public void A_cadence_is_between_none_and_weekly(int perYear) =>
        Given.Agreement(Signed).When(new SetMeetingCadence(History.AgreementId, perYear, new DateOnly(2024, 1, 1))).ThenRefused("invalid_cadence");

    [Fact]
    public void A_cadence_starts_within_the_agreement() =>
        Given.Agreement(Signed).When(new SetMeetingCadence(History.AgreementId, 2, new DateOnly(2023, 1, 1))).ThenRefused("date_outside_agreement");

    [Fact]
    public void Setting_the_same_cadence_again_is_refused() =>
        Given.Agreement([.. Signed, new MeetingCadenceSet(2, new DateOnly(2024, 1, 1))])
            .When(new SetMeetingCadence(History.AgreementId, 2, new DateOnly(2025, 1, 1)))
            .ThenRefused("cadence_unchanged");

    [Fact]
    public void A_new_cadence_applies_after_the_current_one() =>
        Given.Agreement([.. Signed, new MeetingCadenceSet(2, new DateOnly(2025, 1, 1))])
            .When(new SetMeetingCadence(History.AgreementId, 4, new DateOnly(2024, 6, 1)))
            .ThenRefused("cadence_out_of_order");

    [Fact]
    public void Scheduling_a_meeting() =>
        Given.Agreement(Signed).On(new DateOnly(2025, 5, 1))
            .When(new ScheduleMeeting(History.AgreementId, MeetingId, MeetingKind.Coordination, "Koordinationsmøde forår 2025", HeldOn))
            .Then(Scheduled);

    [Fact]
    public void Scheduling_in_the_past_is_refused() =>
        Given.Agreement(Signed)
            .When(new ScheduleMeeting(History.AgreementId, MeetingId, MeetingKind.Coordination, "Møde", new DateOnly(2025, 1, 1)))
            .ThenRefused("meeting_in_past");

    [Fact]
    public void A_meeting_needs_a_title_and_the_refusal_names_the_title_field()
    {
        var error = Given.Agreement(Signed)
            .When(new ScheduleMeeting(History.AgreementId, MeetingId, MeetingKind.Coordination, "", HeldOn))
            .ThenRefused("text_required");
        Assert.Equal("title", error.Field);
        Assert.Equal("Mødets titel skal udfyldes.", error.Message);
    }

    [Fact]
    public void Logging_a_meeting_with_a_blank_title_names_the_title_field()
    {
        var error = Given.Agreement(Signed).When(Hold() with { Title = "  " }).ThenRefused("text_required");
        Assert.Equal("title", error.Field);
        Assert.Equal("Mødets titel skal udfyldes.", error.Message);
    }

    [Fact]
    public void A_meeting_id_is_used_once() =>
        Given.Agreement([.. Signed, Scheduled])
            .When(new ScheduleMeeting(History.AgreementId, MeetingId, MeetingKind.Coordination, "Møde", new DateOnly(2025, 9, 1)))
            .ThenRefused("meeting_already_exists");

    [Fact]
    public void Meetings_are_not_scheduled_on_an_expired_agreement() =>
        Given.Agreement([.. Signed, new AgreementExpired(new DateOnly(2026, 12, 31))]).On(new DateOnly(2027, 1, 5))
            .When(new ScheduleMeeting(History.AgreementId, MeetingId, MeetingKind.Coordination, "Møde", new DateOnly(2027, 2, 1)))
            .ThenRefused("agreement_expired");

    [Fact]
    public void Holding_a_scheduled_meeting_logs_minutes_decisions_and_action_items() =>
        Given.Agreement([.. Signed, Scheduled]).When(Hold()).Then(Held);

    [Fact]
    public void An_unscheduled_meeting_can_be_logged_directly() => Given.Agreement(Signed).When(Hold()).Then(Held);

    [Fact]
    public void Holding_a_meeting_twice_is_refused()
    {
        var error = Given.Agreement([.. Signed, Held]).When(Hold([])).ThenRefused("meeting_already_held");
        Assert.Equal("'Koordinationsmøde forår 2025' blev allerede afholdt 10-06-2025.", error.Message);
        Assert.Null(error.Field);
    }

    [Fact]
    public void Holding_a_cancelled_meeting_is_refused() =>
        Given.Agreement([.. Signed, Scheduled, new MeetingCancelled(MeetingId)]).When(Hold()).ThenRefused("meeting_cancelled");

    [Fact]
    public void A_held_meeting_needs_attendees() =>
        Assert.Equal("attendees", Given.Agreement(Signed).When(Hold() with { Attendees = [] }).ThenRefused("meeting_without_attendees").Field);

    [Fact]
    public void A_meeting_cannot_be_held_in_the_future()
    {
        var error = Given.Agreement(Signed).When(Hold() with { HeldOn = new DateOnly(2025, 6, 20) }).ThenRefused("date_in_future");
        Assert.Equal("heldOn", error.Field);
        Assert.StartsWith("Mødedatoen kan ikke ligge i fremtiden. 20-06-2025", error.Message);
    }

    [Fact]
    public void Action_item_ids_are_unique() =>
        Assert.Equal(
            "actionItems[1].actionItemId",
            Given.Agreement(Signed).When(Hold([Invitation, Invitation with { Description = "Andet" }])).ThenRefused("action_item_duplicate").Field);

    [Fact]
    public void An_action_item_needs_a_description() =>
        Assert.Equal("actionItems[0].description", Given.Agreement(Signed).When(Hold([Invitation with { Description = "" }])).ThenRefused("text_required").Field);

    [Fact]
    public void An_action_item_is_owned_by_a_registered_organisation() =>
        Assert.Equal(
            "actionItems[0].responsibleId",
            Given.Agreement(Signed).When(Hold([Invitation with { Responsible = Unregistered }])).ThenRefused("organisation_not_found").Field);

    [Fact]
    public void A_new_meeting_cannot_be_logged_on_a_terminated_agreement() =>
        Given.Agreement([.. Signed, new AgreementTerminated(Aalborg, new DateOnly(2025, 1, 1))]).When(Hold()).ThenRefused("agreement_terminated");

    [Fact]
    public void Cancelling_a_scheduled_meeting() =>
        Given.Agreement([.. Signed, Scheduled]).When(new CancelMeeting(History.AgreementId, MeetingId)).Then(new MeetingCancelled(MeetingId));

    [Fact]
    public void Cancelling_an_unknown_meeting_is_refused() =>
        Given.Agreement(Signed).When(new CancelMeeting(History.AgreementId, MeetingId)).ThenRefused("meeting_not_found");

    [Fact]
    public void Cancelling_a_held_meeting_is_refused() =>
        Given.Agreement([.. Signed, Held]).When(new CancelMeeting(History.AgreementId, MeetingId)).ThenRefused("meeting_already_held");

    [Fact]
    public void Completing_an_action_item() =>
        Given.Agreement([.. Signed, Held])
            .When(new CompleteActionItem(History.AgreementId, ActionItemId, new DateOnly(2025, 6, 12)))
            .Then(new ActionItemCompleted(ActionItemId, new DateOnly(2025, 6, 12)));

    [Fact]
    public void Completing_an_unknown_action_item_is_refused() =>
        Given.Agreement(Signed).When(new CompleteActionItem(History.AgreementId, ActionItemId, new DateOnly(2025, 6, 12))).ThenRefused("action_item_not_found");

    [Fact]
    public void Completing_an_action_item_twice_is_refused() =>
        Given.Agreement([.. Signed, Held, new ActionItemCompleted(ActionItemId, new DateOnly(2025, 6, 12))])
            .When(new CompleteActionItem(History.AgreementId, ActionItemId, new DateOnly(2025, 6, 13)))
            .ThenRefused("action_item_already_completed");

    [Fact]
    public void An_action_item_cannot_be_completed_in_the_future() =>
        Given.Agreement([.. Signed, Held])
            .When(new CompleteActionItem(History.AgreementId, ActionItemId, new DateOnly(2025, 7, 1)))
            .ThenRefused("date_in_future");
}
