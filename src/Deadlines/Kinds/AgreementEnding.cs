using System.Globalization;
using System.Text.Json.Serialization;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Common;
using Wolverine.Attributes;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>An agreement in force nears its end: time to decide whether to extend it.</summary>
public static class AgreementEnding
{
    public const string MessageKind = "deadline.agreement_ending";

    [MessageIdentity(MessageKind)]
    public sealed record Due(AgreementId AgreementId, DateOnly End, DateOnly Deadline) : IDeadlinePayload
    {
        /// <summary>A reminder of an end that has passed is of no use.</summary>
        [JsonIgnore]
        public DateOnly? UsefulUntil => End;
    }

    internal static ScheduledDeadline Schedule(AgreementId agreement, DateOnly end) =>
        ScheduledDeadline.Of(new Due(agreement, end, end.AddDays(-DeadlineSchedule.EndingWarningDays)), $"ending:{ScheduledDeadline.Day(end)}");

    /// <summary>Only for the end it was scheduled for (an extension schedules a new one), of a signed agreement still running.</summary>
    internal static Notice? Check(Due due, DeadlineCheck check)
    {
        var agreement = check.Agreement;
        if (agreement.Period.End != due.End || agreement.IsClosed || !agreement.FullySigned)
            return null;
        return new Notice(
            NotificationKinds.AgreementEnding,
            check.AllParties,
            $"Aftalen '{agreement.Title}' udløber {Date(agreement.Period.End)}, {TimeLeft(agreement.Period.End.DayNumber - check.Today.DayNumber)}. " +
            "Skal den forlænges?");
    }

    private static string TimeLeft(int days) => days switch
    {
        0 => "i dag",
        1 => "i morgen",
        _ => $"om {days.ToString(CultureInfo.InvariantCulture)} dage",
    };
}
