using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.Deadlines.Notifications;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Persistence.EventSourcing;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>
/// Handles <see cref="AgreementExpiry.Due"/> the day after an agreement's end: records it as expired by the domain's own
/// decision, by <see cref="AgreementExpiry.Actor"/> and with the reason, and writes the expiry notification, all in the
/// transaction that appends the events and marks the message handled. A refusal (terminated or expired by hand, never
/// signed, extended since) means there is nothing to expire, which is not a failure: it is logged and writes nothing.
/// </summary>
public static class AgreementExpiryHandler
{
    public static async Task<CommandContext> LoadAsync(OrganisationReader organisations, TimeProvider clock, CancellationToken ct)
    {
        var names = await organisations.NamesAsync(ct);
        return new CommandContext(clock.GetUtcNow(), id => names.GetValueOrDefault(id));
    }

    public static void Handle(
        AgreementExpiry.Due due,
        [WriteModel(nameof(AgreementExpiry.Due.AgreementId), Required = false)] IEventStream<AgreementState> stream,
        CommandContext context,
        Envelope envelope,
        IDocumentSession session,
        ILogger<AgreementExpiry.Due> logger)
    {
        var expiry = Expire(due, stream.Aggregate, context);
        if (!expiry.IsSuccess)
        {
            logger.LogInformation("Agreement {Agreement} was not expired by deadline {Id}: {Code} {Reason}",
                due.AgreementId, envelope.Id, expiry.Error.Code, expiry.Error.Message);
            return;
        }
        session.LastModifiedBy = AgreementExpiry.Actor;
        session.SetHeader(AuditedEvent.ReasonHeader, AgreementExpiry.Reason(due));
        stream.AppendMany(expiry.Value.Events);
        session.QueueOperation(new NotificationWrite(expiry.Value.Notice.ToNotification(envelope.Id, due, context.Now)));
    }

    /// <summary>The events that expire the agreement and the notice of it, or the domain's refusal.</summary>
    internal static Result<Expiry> Expire(AgreementExpiry.Due due, AgreementState? agreement, CommandContext context)
    {
        var decision = Agreement.Decide(agreement, new ExpireAgreement(due.AgreementId), context);
        if (!decision.IsSuccess)
            return decision.Error;
        return new Expiry(decision.Value, AgreementExpiry.Expired(Agreement.Fold(agreement, decision.Value)!));
    }

    internal sealed record Expiry(IReadOnlyList<object> Events, Notice Notice);
}
