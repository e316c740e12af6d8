using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Organisations;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>
/// What a notifying deadline does when it fires: checks it against the agreement as Marten holds it now and, if it still
/// holds, writes the notification under the message's id in the handler's transaction, which also marks the message
/// handled; a second delivery of the same message writes nothing more. The write is queued on the session, so each
/// handler is <c>[Transactional]</c> itself rather than relying on the host's <c>AutoApplyTransactions</c> to save it.
/// </summary>
internal static class DeadlineNotifier
{
    public static async Task NotifyAsync<TDue>(
        TDue due, Func<TDue, DeadlineCheck, Notice?> check, Envelope envelope, IDocumentSession session, OrganisationReader organisations,
        TimeProvider clock, ILogger logger,
        CancellationToken ct)
        where TDue : IDeadlinePayload
    {
        if (!due.IsUsefulOn(DeadlineCalendar.Today(clock)))
        {
            logger.LogDebug("Deadline {Id} ({Kind}) of agreement {Agreement} fired too late to be of use", envelope.Id, envelope.MessageType, due.AgreementId);
            return;
        }
        // While the agreement projection is rebuilt its documents are gone for a while; the events are not.
        var agreement = await session.LoadAsync<AgreementState>(due.AgreementId, ct)
                        ?? await session.Events.AggregateStreamAsync<AgreementState>(due.AgreementId.Value, token: ct);
        if (agreement is null)
        {
            logger.LogWarning("Deadline {Id} ({Kind}) is for agreement {Agreement}, which has no events; nothing to check", envelope.Id, envelope.MessageType, due.AgreementId);
            return;
        }
        var names = await organisations.NamesAsync(ct);
        if (Notification(due, check, envelope.Id, agreement, names, clock.GetUtcNow()) is not { } notification)
        {
            logger.LogDebug("Deadline {Id} ({Kind}) of agreement {Agreement} no longer applies", envelope.Id, envelope.MessageType, due.AgreementId);
            return;
        }
        session.QueueOperation(new NotificationWrite(notification));
    }

    /// <summary>The notification the deadline writes at <paramref name="now"/>, or null when the agreement no longer gives cause.</summary>
    public static Notification? Notification<TDue>(
        TDue due, Func<TDue, DeadlineCheck, Notice?> check, Guid messageId, AgreementState agreement,
        IReadOnlyDictionary<OrganisationId, string> names, DateTimeOffset now)
        where TDue : IDeadlinePayload =>
        check(due, new DeadlineCheck(agreement, DeadlineCalendar.DayOf(now), names))?.ToNotification(messageId, due, now);
}
