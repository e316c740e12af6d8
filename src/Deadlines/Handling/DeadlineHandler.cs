using AgreementTracker.Commands;
using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Deadlines.Scheduling;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.EventStore;
using AgreementTracker.Messaging;
using Microsoft.Extensions.Logging;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>
/// Handles a deadline when it fires: checks it against the agreement as it is today and, if it still holds, writes the
/// notification with the message's id as its own, so a second delivery of the same message writes nothing more.
/// </summary>
internal sealed class DeadlineHandler(StreamStore store, TimeProvider clock, ILogger logger)
{
    public async Task NotifyAsync<TDue>(Message message, Func<TDue, DeadlineCheck, Notice?> check, CancellationToken ct)
        where TDue : IDeadlinePayload
    {
        var due = message.PayloadAs<TDue>();
        var today = DeadlineCalendar.Today(clock);
        if (!due.IsUsefulOn(today))
        {
            logger.LogDebug("Deadline {Id} ({Kind}) of agreement {Agreement} fired too late to be of use", message.Id, message.Kind, due.AgreementId);
            return;
        }
        var agreement = await store.AggregateStreamAsync<AgreementState?>(due.AgreementId.Value, cancellationToken: ct);
        if (agreement is null)
        {
            logger.LogWarning("Deadline {Id} ({Kind}) is for agreement {Agreement}, which has no events; nothing to check", message.Id, message.Kind, due.AgreementId);
            return;
        }
        var names = await OrganisationNames.LoadAsync(store.DataSource, ct);
        var notice = check(due, new DeadlineCheck(agreement, today, names));
        if (notice is null)
        {
            logger.LogDebug("Deadline {Id} ({Kind}) of agreement {Agreement} no longer applies", message.Id, message.Kind, due.AgreementId);
            return;
        }
        await WriteAsync(message, due, notice, ct);
    }

    /// <summary>
    /// Expires the agreement through the command handler with the message's id as the command id: a second delivery
    /// finds the first result instead of deciding again. A refusal (already terminated or expired by hand, never signed,
    /// extended since) means there is nothing to expire, which is not a failure.
    /// </summary>
    public async Task ExpireAsync(Message message, CancellationToken ct)
    {
        var due = message.PayloadAs<AgreementExpiry.Due>();
        CommandResult<AgreementState> expired;
        try
        {
            expired = await new AgreementCommandHandler(store, clock).HandleAsync(
                new ExpireAgreement(due.AgreementId),
                new CommandRequest(AgreementExpiry.Actor)
                {
                    CommandId = message.Id,
                    CorrelationId = message.Id.ToString(),
                    Reason = AgreementExpiry.Reason(due),
                },
                ct);
        }
        catch (CommandRefusedException refused)
        {
            logger.LogInformation("Agreement {Agreement} was not expired by deadline {Id}: {Code} {Reason}",
                due.AgreementId, message.Id, refused.Error.Code, refused.Error.Message);
            return;
        }
        await WriteAsync(message, due, AgreementExpiry.Expired(expired.State), ct);
    }

    private async Task WriteAsync(Message message, IDeadlinePayload due, Notice notice, CancellationToken ct)
    {
        var written = await NotificationOutbox.WriteAsync(store.DataSource, notice.ToNotification(message.Id, due, clock.GetUtcNow()), ct);
        if (!written)
            logger.LogInformation("Deadline {Id} ({Kind}) was delivered again; its notification had already been written", message.Id, message.Kind);
    }
}
