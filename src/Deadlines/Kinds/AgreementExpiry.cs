using System.Text.Json.Serialization;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using Wolverine.Attributes;
using static AgreementTracker.Domain.Formatting.DanishFormat;

namespace AgreementTracker.Deadlines.Kinds;

/// <summary>The day after an agreement's last day, it is recorded as expired through the domain's own command.</summary>
public static class AgreementExpiry
{
    public const string MessageKind = "deadline.agreement_expiry";

    /// <summary>Who the expiry is recorded as done by, in the audit timeline.</summary>
    public const string Actor = "system:deadlines";

    [MessageIdentity(MessageKind)]
    public sealed record Due(AgreementId AgreementId, DateOnly End, DateOnly Deadline) : IDeadlinePayload
    {
        /// <summary>An agreement past its end that nobody expired is expired however late.</summary>
        [JsonIgnore]
        public DateOnly? UsefulUntil => null;
    }

    internal static ScheduledDeadline Schedule(AgreementId agreement, DateOnly end) =>
        ScheduledDeadline.Of(new Due(agreement, end, end.AddDays(1)), $"expiry:{ScheduledDeadline.Day(end)}");

    public static string Reason(Due due) => $"Aftaleperioden sluttede {Date(due.End)}.";

    internal static Notice Expired(AgreementState agreement) => new(
        NotificationKinds.AgreementExpired,
        agreement.Parties.Select(p => p.Organisation).ToList(),
        $"Aftalen '{agreement.Title}' udløb {Date(agreement.ExpiredOn ?? agreement.Period.End)} og er nu registreret som udløbet.");
}
