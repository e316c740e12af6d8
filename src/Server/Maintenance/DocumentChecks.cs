using System.Globalization;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Agreements;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>The single-stream projections' checks: their documents, and for agreements the follow-up tables written from them.</summary>
internal static class DocumentChecks
{
    /// <summary>
    /// Every agreement folded by Marten against its document, and the follow-up rows of those folds, assessed on
    /// <paramref name="today"/> and written by <see cref="AgreementRows"/> into scratch copies, against the live tables.
    /// </summary>
    public static async Task<ProjectionCheckReport> AgreementsAsync(CheckSnapshot snapshot, string projection, DateOnly today, CancellationToken ct)
    {
        foreach (var table in FollowUpTables.Definitions)
            await snapshot.CreateScratchAsync(table, ct);
        var scratch = new FollowUpTables(
            CheckSnapshot.Scratch(FollowUpTables.SummaryTable), CheckSnapshot.Scratch(FollowUpTables.PartyTable),
            CheckSnapshot.Scratch(FollowUpTables.KpiTable), CheckSnapshot.Scratch(FollowUpTables.LedgerTable),
            CheckSnapshot.Scratch(FollowUpTables.MeetingTable), CheckSnapshot.Scratch(FollowUpTables.MeetingYearTable));

        var (documents, streams) = await StoredDocuments.CompareAsync<AgreementState>(snapshot, typeof(IAgreementEvent), async folds =>
        {
            await using var batch = new NpgsqlBatch();
            AgreementRows.Write(batch, scratch, folds.Select(f => new AgreementSnapshot(f.State, f.Version)).ToList(), today);
            await snapshot.ExecuteAsync(batch, ct);
        }, ct);

        List<TableDifference> tables = [documents];
        foreach (var table in FollowUpTables.Definitions)
            tables.Add(await snapshot.CompareAsync(table.Name, $"SELECT * FROM {table.Name}", $"SELECT * FROM {CheckSnapshot.Scratch(table.Name)}", ct));
        return new ProjectionCheckReport(projection, string.Create(CultureInfo.InvariantCulture,
            $"{streams:N0} agreements: documents, and the {FollowUpTables.Definitions.Count} follow-up tables assessed on {today:dd-MM-yyyy}"), tables);
    }

    public static async Task<ProjectionCheckReport> OrganisationsAsync(CheckSnapshot snapshot, string projection, CancellationToken ct)
    {
        var (documents, streams) = await StoredDocuments.CompareAsync<OrganisationState>(snapshot, typeof(IOrganisationEvent), folded: null, ct);
        return new ProjectionCheckReport(projection, string.Create(CultureInfo.InvariantCulture, $"{streams:N0} organisations: documents"), [documents]);
    }
}
