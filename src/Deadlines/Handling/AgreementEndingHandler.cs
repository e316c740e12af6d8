using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.ReadModels.Organisations;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>Handles <see cref="AgreementEnding.Due"/> when it falls due: reminds the parties of an agreement in force that nears its end.</summary>
public static class AgreementEndingHandler
{
    [Transactional]
    public static Task HandleAsync(
        AgreementEnding.Due due, Envelope envelope, IDocumentSession session, OrganisationReader organisations, TimeProvider clock,
        ILogger<AgreementEnding.Due> logger,
        CancellationToken ct) =>
        DeadlineNotifier.NotifyAsync(due, AgreementEnding.Check, envelope, session, organisations, clock, logger, ct);
}
