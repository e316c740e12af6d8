using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>A meeting as scheduled, and once held, with its attendees, minutes, decisions and action items.</summary>
public sealed record MeetingState(
    MeetingId Id,
    MeetingKind Kind,
    string Title,
    DateOnly Date,
    MeetingProgress Progress,
    ImmutableList<Attendee> Attendees,
    string? Minutes,
    ImmutableList<string> Decisions,
    ImmutableList<ActionItemState> ActionItems);

public sealed record ActionItemState(ActionItem Item, DateOnly? CompletedOn);

public sealed record CadenceChange(int MeetingsPerYear, DateOnly EffectiveFrom);
