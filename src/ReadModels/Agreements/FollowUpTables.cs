using AgreementTracker.EventStore;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>The physical names of the follow-up tables: the live ones, or a rebuild's shadow copies.</summary>
public sealed record FollowUpTables(string Summaries, string Parties, string Kpis, string Ledger, string Meetings, string MeetingYears)
{
    public static FollowUpTables Live { get; } = new(
        AgreementFollowUpProjection.SummaryTable,
        AgreementFollowUpProjection.PartyTable,
        AgreementFollowUpProjection.KpiTable,
        AgreementFollowUpProjection.LedgerTable,
        AgreementFollowUpProjection.MeetingTable,
        AgreementFollowUpProjection.MeetingYearTable);

    public static FollowUpTables Of(ProjectionContext context) => new(
        context.Table(AgreementFollowUpProjection.SummaryTable),
        context.Table(AgreementFollowUpProjection.PartyTable),
        context.Table(AgreementFollowUpProjection.KpiTable),
        context.Table(AgreementFollowUpProjection.LedgerTable),
        context.Table(AgreementFollowUpProjection.MeetingTable),
        context.Table(AgreementFollowUpProjection.MeetingYearTable));
}
