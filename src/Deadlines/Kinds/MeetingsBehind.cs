using System.Text.Json.Serialization;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.FollowUp;
using Wolverine.Attributes;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>
/// Meetings held against the agreed cadence, checked at the end of each half-year (and on the agreement's last day):
/// with the usual two meetings a year, the half-year check catches a missed spring meeting while there is time to act.
/// </summary>
public static class MeetingsBehind
{
    public const string MessageKind = "deadline.meetings_behind";

    [MessageIdentity(MessageKind)]
    public sealed record Due(AgreementId AgreementId, DateOnly Checkpoint, DateOnly Deadline) : IDeadlinePayload
    {
        [JsonIgnore]
        public DateOnly? UsefulUntil => Deadline.AddDays(DeadlineSchedule.StaleAfterDays);
    }

    internal static IEnumerable<ScheduledDeadline> Schedule(AgreementId agreement, DatePeriod period, DateOnly cadenceFrom) =>
        Checkpoints(Dates.Later(cadenceFrom, period.Start), period.End)
            .Select(day => ScheduledDeadline.Of(new Due(agreement, day, day.AddDays(1)), $"meetings:{ScheduledDeadline.Day(day)}"));

    internal static Notice? Check(Due due, DeadlineCheck check)
    {
        var agreement = check.Agreement;
        if (!agreement.FullySigned || due.Checkpoint > agreement.LastDay)
            return null;
        var year = MeetingsAgainstCadence.PerYear(agreement, due.Checkpoint).SingleOrDefault(y => y.Year == due.Checkpoint.Year);
        if (year is not { Shortfall: > 0 })
            return null;
        return new Notice(
            NotificationKinds.MeetingsBehind,
            check.AllParties,
            $"Aftalen '{agreement.Title}' er bagud med møderne: {year.Held} af {year.Due} aftalte møder i {year.Year} " +
            $"var afholdt {Date(due.Checkpoint)}.");
    }

    private static IEnumerable<DateOnly> Checkpoints(DateOnly from, DateOnly end)
    {
        for (var half = ReportingPeriod.Containing(from, ReportingFrequency.HalfYearly); half.Start <= end; half = half.Next())
            yield return Dates.Earlier(half.End, end);
    }
}
