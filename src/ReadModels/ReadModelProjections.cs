using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Audit;

namespace AgreementTracker.ReadModels;

/// <summary>
/// Registers the read models of the follow-up API (the organisation directory is registered with the store's
/// configuration, as commands need it). Inline: the agreement follow-up tables. Async: the audit timeline.
/// Organisation portfolios are read from the follow-up tables (see <see cref="Portfolios.PortfolioReader"/>).
/// </summary>
public static class ReadModelProjections
{
    /// <summary>Adds the read models; the follow-up is assessed on the store's clock.</summary>
    public static EventStoreOptions AddTo(EventStoreOptions options)
    {
        options.Projections
            .Add(new AgreementFollowUpProjection(options.Clock), ProjectionLifecycle.Inline)
            .Add(new AuditTimelineProjection(), ProjectionLifecycle.Async);
        return options;
    }
}
