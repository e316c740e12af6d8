using AgreementTracker.EventStore;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>The physical names of the timeline's tables: the live ones, or the old store's scratch copies during a rebuild.</summary>
public sealed record AuditTimelineTables(string Timeline, string AgreementStates, string OrganisationStates)
{
    public static AuditTimelineTables Live { get; } = new(
        AuditTimelineProjection.TimelineTable,
        AuditTimelineProjection.AgreementStateTable,
        AuditTimelineProjection.OrganisationStateTable);

    public static AuditTimelineTables Of(ProjectionContext context) => new(
        context.Table(AuditTimelineProjection.TimelineTable),
        context.Table(AuditTimelineProjection.AgreementStateTable),
        context.Table(AuditTimelineProjection.OrganisationStateTable));
}
