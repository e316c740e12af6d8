using AgreementTracker.Deadlines.Kinds;
using AgreementTracker.ReadModels.Organisations;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Attributes;

namespace AgreementTracker.Deadlines.Handling;

/// <summary>Handles <see cref="KpiReportMissing.Due"/> when it falls due: names the KPIs without a figure for a reporting period once the time to report has passed.</summary>
public static class KpiReportMissingHandler
{
    [Transactional]
    public static Task HandleAsync(
        KpiReportMissing.Due due, Envelope envelope, IDocumentSession session, OrganisationReader organisations, TimeProvider clock,
        ILogger<KpiReportMissing.Due> logger,
        CancellationToken ct) =>
        DeadlineNotifier.NotifyAsync(due, KpiReportMissing.Check, envelope, session, organisations, clock, logger, ct);
}
