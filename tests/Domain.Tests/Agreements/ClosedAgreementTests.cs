using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Tests.Support;
using static AgreementTracker.Domain.Tests.Support.History;
using static AgreementTracker.Domain.Tests.Support.TestOrganisations;

namespace AgreementTracker.Domain.Tests.Agreements;

/// <summary>Once terminated or recorded as expired, nothing new is agreed under an agreement.</summary>
public class ClosedAgreementTests
{
    private static readonly AgreementId Id = History.AgreementId;

    public static TheoryData<IAgreementCommand> NewUndertakings => new()
    {
        new AddParty(Id, Hjoerring, PartyRole.Partner),
        new ExtendAgreement(Id, new DateOnly(2027, 12, 31)),
        new ExpireAgreement(Id),
        new ProposeAmendment(Id, AmendmentId.From(Guid.Parse("b0000000-0000-0000-0000-000000000009")), Aalborg, "Nyt formål", new AmendedTerms(Purpose: "Nyt formål")),
        new DefineKpi(Id, KpiId.From(Guid.Parse("c0000000-0000-0000-0000-000000000009")), "MATCHMAKING", "Matchmaking-aktiviteter", "virksomheder",
            KpiDirection.Increase, 0, 10, new DateOnly(2026, 12, 31), ReportingFrequency.Yearly, "Aalborg Kommune", EnergyCluster),
        new AdoptActionPlan(Id, ActionPlanId.From(Guid.Parse("10000000-0000-0000-0000-000000000009")), 2025, "Handleplan 2025", [], new DateOnly(2025, 2, 1)),
        new SetMeetingCadence(Id, 2, new DateOnly(2025, 1, 1)),
        new CommitCoFinancing(Id, CommitmentId.From(Guid.Parse("e0000000-0000-0000-0000-000000000009")), Aalborg, 10_000m, 2025, "Arrangement", ContributionForm.Cash),
    };

    [Theory]
    [MemberData(nameof(NewUndertakings))]
    public void Refused_after_termination(IAgreementCommand command) =>
        Given.Agreement([.. Signed, new AgreementTerminated(Aalborg, new DateOnly(2025, 1, 1))]).When(command).ThenRefused("agreement_terminated");

    [Theory]
    [MemberData(nameof(NewUndertakings))]
    public void Refused_after_expiry_without_blaming_a_field(IAgreementCommand command) =>
        Assert.Null(Given.Agreement([.. Signed, new AgreementExpired(new DateOnly(2026, 12, 31))]).On(new DateOnly(2027, 3, 1)).When(command)
            .ThenRefused("agreement_expired").Field);

    [Fact]
    public void A_scheduled_meeting_can_still_be_logged_after_termination_is_decided()
    {
        var meetingId = MeetingId.From(Guid.Parse("20000000-0000-0000-0000-000000000009"));
        var held = new MeetingHeld(meetingId, MeetingKind.Status, "Afsluttende statusmøde", new DateOnly(2025, 6, 1), [new Attendee("Mette Sørensen", Aalborg)], "", [], []);
        Given.Agreement([
                .. Signed,
                new MeetingScheduled(meetingId, MeetingKind.Status, "Afsluttende statusmøde", new DateOnly(2025, 6, 1)),
                new AgreementTerminated(Aalborg, new DateOnly(2025, 7, 1)),
            ])
            .When(new HoldMeeting(Id, meetingId, MeetingKind.Status, "Afsluttende statusmøde", new DateOnly(2025, 6, 1), held.Attendees, "", [], []))
            .Then(held);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_cancelled_again()
    {
        var meetingId = MeetingId.From(Guid.Parse("20000000-0000-0000-0000-000000000009"));
        Given.Agreement([.. Signed, new MeetingScheduled(meetingId, MeetingKind.Status, "Statusmøde", new DateOnly(2025, 9, 1)), new MeetingCancelled(meetingId)])
            .When(new CancelMeeting(Id, meetingId))
            .ThenRefused("meeting_cancelled");
    }
}
