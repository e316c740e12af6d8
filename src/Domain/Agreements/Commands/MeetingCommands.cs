using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record SetMeetingCadence(AgreementId AgreementId, int MeetingsPerYear, DateOnly EffectiveFrom) : IAgreementCommand;

public sealed record ScheduleMeeting(AgreementId AgreementId, MeetingId MeetingId, MeetingKind Kind, string Title, DateOnly Date) : IAgreementCommand;

/// <summary>Logs a meeting that took place; it need not have been scheduled first.</summary>
public sealed record HoldMeeting(
    AgreementId AgreementId,
    MeetingId MeetingId,
    MeetingKind Kind,
    string Title,
    DateOnly HeldOn,
    IReadOnlyList<Attendee> Attendees,
    string Minutes,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<ActionItem> ActionItems) : IAgreementCommand;

public sealed record CancelMeeting(AgreementId AgreementId, MeetingId MeetingId) : IAgreementCommand;

public sealed record CompleteActionItem(AgreementId AgreementId, ActionItemId ActionItemId, DateOnly CompletedOn) : IAgreementCommand;
