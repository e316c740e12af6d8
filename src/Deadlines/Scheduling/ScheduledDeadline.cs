using System.Globalization;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Deadlines.Scheduling;

/// <summary>
/// What every deadline's payload carries: whose it is and the day it falls due. Each kind's <c>Due</c> record is also its
/// Wolverine message, stored under the kind's <c>MessageKind</c> (<c>[MessageIdentity]</c>) rather than its type name, so
/// a message scheduled years ahead still finds its handler after a rename.
/// </summary>
public interface IDeadlinePayload
{
    AgreementId AgreementId { get; }

    /// <summary>The day the deadline falls due (kept in the payload: a retry moves the message's own due time).</summary>
    DateOnly Deadline { get; }

    /// <summary>
    /// The last day acting on the deadline is of any use, or null when it never goes stale (money still owed, an
    /// expiry still to record). A stale deadline is not even queued, and does nothing if it fires that late.
    /// </summary>
    DateOnly? UsefulUntil { get; }

    bool IsUsefulOn(DateOnly today) => UsefulUntil is not { } until || today <= until;
}

/// <summary>
/// A deadline an agreement has. The key names the agreement, the kind and the dates it depends on, so the deadlines a
/// change adds are those whose keys only the state after it has, and a moved date is a new deadline.
/// </summary>
internal sealed record ScheduledDeadline(string Key, IDeadlinePayload Payload)
{
    public static ScheduledDeadline Of(IDeadlinePayload payload, string subject) => new($"deadline:{payload.AgreementId}:{subject}", payload);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
