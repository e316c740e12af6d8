using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>How many meetings a year the parties have agreed to hold, from a date on (e.g. 2 coordination meetings a year).</summary>
public sealed record MeetingCadenceSet(int MeetingsPerYear, DateOnly EffectiveFrom) : IAgreementEvent;

public sealed record MeetingScheduled(MeetingId MeetingId, MeetingKind Kind, string Title, DateOnly Date) : IAgreementEvent;

public sealed record MeetingHeld(
    MeetingId MeetingId,
    MeetingKind Kind,
    string Title,
    DateOnly HeldOn,
    IReadOnlyList<Attendee> Attendees,
    string Minutes,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<ActionItem> ActionItems) : IAgreementEvent;

public sealed record MeetingCancelled(MeetingId MeetingId) : IAgreementEvent;

public sealed record ActionItemCompleted(ActionItemId ActionItemId, DateOnly CompletedOn) : IAgreementEvent;
