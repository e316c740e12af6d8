using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.ReadModels.Organisations;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>Handles <see cref="PaymentOverdue.Due"/> when it falls due: tells the payer and the coordinators of an invoice past its due date with money outstanding.</summary>
public static class PaymentOverdueHandler
{
    [Transactional]
    public static Task HandleAsync(
        PaymentOverdue.Due due, Envelope envelope, IDocumentSession session, OrganisationReader organisations, TimeProvider clock,
        ILogger<PaymentOverdue.Due> logger,
        CancellationToken ct) =>
        DeadlineNotifier.NotifyAsync(due, PaymentOverdue.Check, envelope, session, organisations, clock, logger, ct);
}
