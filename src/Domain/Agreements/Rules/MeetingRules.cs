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
            return new DomainError(
                "invalid_cadence", $"Antallet af møder om året skal være mellem 0 og {MostMeetingsPerYear}, ikke {command.MeetingsPerYear}.", "meetingsPerYear");
        }

        if (!state.Period.Contains(command.EffectiveFrom))
        {
            return new DomainError(
                "date_outside_agreement",
                $"Kadencen skal gælde fra en dato i løbetiden for '{state.Title}' ({Date(state.Period.Start)} til {Date(state.Period.End)}), ikke {Date(command.EffectiveFrom)}.",
                "effectiveFrom");
        }

        if (state.Cadence.LastOrDefault() is { } current)
        {
            if (current.MeetingsPerYear == command.MeetingsPerYear)
            {
                return new DomainError("cadence_unchanged", $"'{state.Title}' har allerede {command.MeetingsPerYear} møder om året.", "meetingsPerYear");
            }

            if (command.EffectiveFrom <= current.EffectiveFrom)
            {
                return new DomainError(
                    "cadence_out_of_order",
                    $"Den nuværende kadence for '{state.Title}' gælder fra {Date(current.EffectiveFrom)}. En ny kadence skal gælde fra en senere dato.",
                    "effectiveFrom");
            }
        }

        return Decision.Accept(new MeetingCadenceSet(command.MeetingsPerYear, command.EffectiveFrom));
    }

    public static Result<IReadOnlyList<object>> Schedule(AgreementState state, ScheduleMeeting command, CommandContext context)
    {
        if ((Guards.Open(state) ?? Guards.Text(command.Title, "Mødets titel", "title")) is { } refused)
        {
            return refused;
        }

        if (state.Meeting(command.MeetingId) is not null)
        {
            return new DomainError("meeting_already_exists", $"Der findes allerede et møde med id {command.MeetingId} på '{state.Title}'.", "meetingId");
        }

        if (command.Date < context.Today)
        {
            return new DomainError(
                "meeting_in_past",
                $"'{command.Title.Trim()}' kan ikke planlægges i fortiden ({Date(command.Date)}). Registrér mødet som afholdt i stedet.",
                "date");
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

        if ((Guards.Text(command.Title, "Mødets titel", "title") ?? Guards.NotInFuture(command.HeldOn, context, "Mødedatoen", "heldOn")) is { } refused)
        {
            return refused;
        }

        if (command.Attendees.Count == 0)
        {
            return new DomainError(
                "meeting_without_attendees", $"Hvem deltog i '{command.Title.Trim()}'? Et afholdt møde skal have mindst én deltager.", "attendees");
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
            return new DomainError("meeting_not_found", $"'{state.Title}' har intet møde med id {command.MeetingId}.", "meetingId");
        }

        return NotOpenToHold(meeting) is { } notOpen ? notOpen : Decision.Accept(new MeetingCancelled(meeting.Id));
    }

    public static Result<IReadOnlyList<object>> CompleteActionItem(AgreementState state, CompleteActionItem command, CommandContext context)
    {
        var item = state.Meetings.SelectMany(m => m.ActionItems).FirstOrDefault(a => a.Item.Id == command.ActionItemId);
        if (item is null)
        {
            return new DomainError(
                "action_item_not_found", $"Ingen af møderne i '{state.Title}' har en opgave med id {command.ActionItemId}.", "actionItemId");
        }

        if (item.CompletedOn is { } completedOn)
        {
            return new DomainError(
                "action_item_already_completed", $"Opgaven '{item.Item.Description}' blev allerede løst {Date(completedOn)}.");
        }

        return Guards.NotInFuture(command.CompletedOn, context, "Datoen opgaven blev løst", "completedOn") is { } future
            ? future
            : Decision.Accept(new ActionItemCompleted(command.ActionItemId, command.CompletedOn));
    }

    private static DomainError? NotOpenToHold(MeetingState meeting) => meeting.Progress switch
    {
        MeetingProgress.Held => new DomainError("meeting_already_held", $"'{meeting.Title}' blev allerede afholdt {Date(meeting.Date)}."),
        MeetingProgress.Cancelled => new DomainError("meeting_cancelled", $"'{meeting.Title}' er aflyst. Registrér et nyt møde i stedet."),
        _ => null,
    };

    private static DomainError? ActionItemProblem(AgreementState state, IReadOnlyList<ActionItem> items, CommandContext context)
    {
        var known = state.Meetings.SelectMany(m => m.ActionItems).Select(a => a.Item.Id).ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!known.Add(item.Id))
            {
                return new DomainError("action_item_duplicate", $"Opgaven med id {item.Id} er allerede registreret.", $"actionItems[{i}].actionItemId");
            }

            if ((Guards.Text(item.Description, "Opgavens beskrivelse", $"actionItems[{i}].description")
                    ?? Guards.IsRegistered(item.Responsible, context, $"actionItems[{i}].responsibleId")) is { } refused)
            {
                return refused;
            }
        }

        return null;
    }
}
