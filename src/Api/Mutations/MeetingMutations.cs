using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Mutations;

internal static class MeetingMutations
{
    public static SchemaBuilder AddMeetingMutations(this SchemaBuilder builder) => builder
        .AgreementMutation("setMeetingCadence", input =>
            new SetMeetingCadence(input.Id<AgreementId>("agreementId"), input.Int("meetingsPerYear"), input.Date("effectiveFrom")))
        .AgreementMutation("scheduleMeeting", input =>
        {
            var id = input.NewId<MeetingId>("meetingId");
            return new([new ScheduleMeeting(input.Id<AgreementId>("agreementId"), id, input.Enum<MeetingKind>("kind"), input.Text("title"), input.Date("date"))], id.Value);
        })
        .AgreementMutation("logMeeting", input =>
        {
            var id = input.NewId<MeetingId>("meetingId");
            var attendees = input.Objects("attendees").Select(a => new Attendee(a.Text("name"), a.Id<OrganisationId>("organisationId"))).ToList();
            var actionItems = input.Objects("actionItems")
                .Select(a => new ActionItem(a.NewId<ActionItemId>("actionItemId"), a.Text("description"), a.Id<OrganisationId>("responsibleId"), a.OptionalDate("dueOn")))
                .ToList();
            var held = new HoldMeeting(
                input.Id<AgreementId>("agreementId"), id, input.Enum<MeetingKind>("kind"), input.Text("title"), input.Date("heldOn"),
                attendees, input.OptionalText("minutes") ?? "", input.List<string>("decisions"), actionItems);
            return new([held], id.Value);
        })
        .AgreementMutation("cancelMeeting", input =>
            new CancelMeeting(input.Id<AgreementId>("agreementId"), input.Id<MeetingId>("meetingId")))
        .AgreementMutation("completeActionItem", input =>
            new CompleteActionItem(input.Id<AgreementId>("agreementId"), input.Id<ActionItemId>("actionItemId"), input.Date("completedOn")));
}
