using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Domain.Agreements;

/// <summary>The meeting cadence, scheduling, logging held meetings with their action items, and cancelling.</summary>
internal static class MeetingRules
{
    private const int MostMeetingsPerYear = 52;

    public static Result<IReadOnlyList<object>> SetCadence(AgreementState state, SetMeetingCadence command)
    {
        if (Guards.Open(state) is { } closed)
        {
            return closed;
        }

        if (command.MeetingsPerYear is < 0 or > MostMeetingsPerYear)
        {
            return new DomainError("invalid_cadence", $"A meeting cadence is between 0 and {MostMeetingsPerYear} meetings a year, not {command.MeetingsPerYear}.");
        }

        if (!state.Period.Contains(command.EffectiveFrom))
        {
            return new DomainError(
                "date_outside_agreement",
                $"{Date(command.EffectiveFrom)} is outside the period of '{state.Title}' ({Date(state.Period.Start)} to {Date(state.Period.End)}).");
        }

        if (state.Cadence.LastOrDefault() is { } current)
        {
            if (current.MeetingsPerYear == command.MeetingsPerYear)
            {
                return new DomainError("cadence_unchanged", $"'{state.Title}' already has {command.MeetingsPerYear} meetings a year.");
            }

            if (command.EffectiveFrom <= current.EffectiveFrom)
            {
                return new DomainError(
                    "cadence_out_of_order",
                    $"The current cadence of '{state.Title}' applies from {Date(current.EffectiveFrom)}; a new one must apply from a later date.");
            }
        }

        return Decision.Accept(new MeetingCadenceSet(command.MeetingsPerYear, command.EffectiveFrom));
    }

    public static Result<IReadOnlyList<object>> Schedule(AgreementState state, ScheduleMeeting command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Title, "The meeting's title")) is { } refused)
        {
            return refused;
        }

        if (state.Meeting(command.MeetingId) is not null)
        {
            return new DomainError("meeting_already_exists", $"Meeting {command.MeetingId} already exists on '{state.Title}'.");
        }

        if (command.Date < context.Today)
        {
            return new DomainError(
                "meeting_in_past", $"'{command.Title.Trim()}' cannot be scheduled in the past ({Date(command.Date)}); log it as held instead.");
        }

        return Decision.Accept(new MeetingScheduled(command.MeetingId, command.Kind, command.Title.Trim(), command.Date));
    }

    public static Result<IReadOnlyList<object>> Hold(AgreementState state, HoldMeeting command, CommandContext context)
    {
        // A scheduled meeting can still be logged after the agreement closed; a new one cannot.
        var notOpen = state.Meeting(command.MeetingId) is { } scheduled ? NotOpenToHold(scheduled) : Guards.Open(state);
        if (notOpen is not null)
        {
            return notOpen;
        }

        if ((Guards.Text(command.Title, "The meeting's title") ?? Guards.NotInFuture(command.HeldOn, context, "The meeting date")) is { } refused)
        {
            return refused;
        }

        if (command.Attendees.Count == 0)
        {
            return new DomainError("meeting_without_attendees", $"Who attended '{command.Title.Trim()}'? A held meeting needs at least one attendee.");
        }

        if (ActionItemProblem(state, command.ActionItems, context) is { } badItem)
        {
            return badItem;
        }

        return Decision.Accept(new MeetingHeld(
            command.MeetingId, command.Kind, command.Title.Trim(), command.HeldOn, command.Attendees, command.Minutes?.Trim() ?? "",
            command.Decisions.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToList(), command.ActionItems));
    }

    public static Result<IReadOnlyList<object>> Cancel(AgreementState state, CancelMeeting command)
    {
        if (state.Meeting(command.MeetingId) is not { } meeting)
        {
            return new DomainError("meeting_not_found", $"'{state.Title}' has no meeting {command.MeetingId}.");
        }

        return NotOpenToHold(meeting) is { } notOpen ? notOpen : Decision.Accept(new MeetingCancelled(meeting.Id));
    }

    public static Result<IReadOnlyList<object>> CompleteActionItem(AgreementState state, CompleteActionItem command, CommandContext context)
    {
        var item = state.Meetings.SelectMany(m => m.ActionItems).FirstOrDefault(a => a.Item.Id == command.ActionItemId);
        if (item is null)
        {
            return new DomainError("action_item_not_found", $"No meeting under '{state.Title}' has action item {command.ActionItemId}.");
        }

        if (item.CompletedOn is { } completedOn)
        {
            return new DomainError(
                "action_item_already_completed", $"The action item '{item.Item.Description}' was already completed on {Date(completedOn)}.");
        }

        return Guards.NotInFuture(command.CompletedOn, context, "The completion date") is { } future
            ? future
            : Decision.Accept(new ActionItemCompleted(command.ActionItemId, command.CompletedOn));
    }

    private static DomainError? NotOpenToHold(MeetingState meeting) => meeting.Progress switch
    {
        MeetingProgress.Held => new DomainError("meeting_already_held", $"'{meeting.Title}' was already held on {Date(meeting.Date)}."),
        MeetingProgress.Cancelled => new DomainError("meeting_cancelled", $"'{meeting.Title}' was cancelled; log a new meeting instead."),
        _ => null,
    };

    private static DomainError? ActionItemProblem(AgreementState state, IReadOnlyList<ActionItem> items, CommandContext context)
    {
        var known = state.Meetings.SelectMany(m => m.ActionItems).Select(a => a.Item.Id).ToHashSet();
        foreach (var item in items)
        {
            if (!known.Add(item.Id))
            {
                return new DomainError("action_item_duplicate", $"Action item {item.Id} is already recorded.");
            }

            if ((Guards.Text(item.Description, "Each action item's description") ?? Guards.IsRegistered(item.Responsible, context)) is { } refused)
            {
                return refused;
            }
        }

        return null;
    }
}
