using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.ReadModels.Organisations;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>Handles <see cref="MeetingsBehind.Due"/> when it falls due: tells the parties when fewer meetings were held than the cadence asks, at a half-year's end.</summary>
public static class MeetingsBehindHandler
{
    [Transactional]
    public static Task HandleAsync(
        MeetingsBehind.Due due, Envelope envelope, IDocumentSession session, OrganisationReader organisations, TimeProvider clock,
        ILogger<MeetingsBehind.Due> logger,
        CancellationToken ct) =>
        DeadlineNotifier.NotifyAsync(due, MeetingsBehind.Check, envelope, session, organisations, clock, logger, ct);
}
