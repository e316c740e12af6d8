using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.Api.Types;

/// <summary><c>Meeting</c>, its attendees and action items, and the compliance with the cadence.</summary>
internal static class MeetingTypes
{
    public static SchemaBuilder AddMeetingTypes(this SchemaBuilder builder) => builder
        .Field<MeetingState>("Meeting", "id", m => m.Id.Value)
        .Field<MeetingState>("Meeting", "status", m => m.Progress)
        .Field<MeetingState>("Meeting", "heldOn", m => m.Progress == MeetingProgress.Held ? m.Date : null)
        .FieldAsync<Attendee, object?>("Attendee", "organisation", async (a, ctx) => await Loaders.OrganisationAsync(ctx, a.Organisation))
        .Field<ActionItemState>("ActionItem", "id", a => a.Item.Id.Value)
        .Field<ActionItemState>("ActionItem", "description", a => a.Item.Description)
        .FieldAsync<ActionItemState, object?>("ActionItem", "responsible", async (a, ctx) => await Loaders.OrganisationAsync(ctx, a.Item.Responsible))
        .Field<ActionItemState>("ActionItem", "dueOn", a => a.Item.DueOn)
        .Field<MeetingYear>("MeetingCompliance", "compliant", y => y.Shortfall == 0);
}
