using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Tests.Support;

namespace AgreementTracker.ReadModels.Tests;

[Collection(DemoDatabaseCollection.Name)]
public sealed class FollowUpRowsTests(DemoDatabase demo)
{
    [Fact]
    public async Task Each_agreement_row_holds_the_version_its_stream_folds_to_beside_the_document_of_that_state()
    {
        var ids = await AgreementIdsAsync();
        Assert.Equal(13, ids.Count);
        foreach (var id in ids)
        {
            var events = await demo.StreamAsync(id);
            var folded = Agreement.Fold(null, events.Select(e => e.Data))!;
            await using var command = demo.DataSource.CreateCommand(
                $"SELECT s.version, d.data::text FROM {FollowUpTables.SummaryTable} s JOIN {FollowUpTables.AgreementDocuments} d ON d.id = s.id WHERE s.id = $1");
            command.Parameters.Add(new() { Value = id });
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(events[^1].Version, reader.GetInt64(0));
            Assert.Equal(AgreementStateJson.Serialize(folded), AgreementStateJson.Serialize(AgreementStateJson.Deserialize(reader.GetString(1))));
        }
    }

    [Fact]
    public async Task Kpi_ledger_and_meeting_rows_are_the_domain_follow_up_as_of_today()
    {
        foreach (var id in await AgreementIdsAsync())
        {
            var state = Agreement.Fold(null, (await demo.StreamAsync(id)).Select(e => e.Data))!;
            var today = DemoDatabase.Today;

            var kpiStatuses = await TableRows.ColumnAsync(demo.DataSource, $"SELECT status FROM {FollowUpTables.KpiTable} WHERE agreement_id = $1 ORDER BY position", id);
            Assert.Equal(KpiFulfilment.AssessAll(state, today).Select(a => a.Status.ToString()), kpiStatuses);

            var ledger = await TableRows.ColumnAsync(demo.DataSource, $"SELECT party_id || ':' || year || ':' || committed || ':' || paid || ':' || overdue FROM {FollowUpTables.LedgerTable} WHERE agreement_id = $1 ORDER BY party_id, year", id);
            Assert.Equal(
                CoFinancingLedger.ByPartyAndYear(state, today).Select(l => $"{l.Party}:{l.Year}:{l.Committed}:{l.Paid}:{l.Overdue}").Order(StringComparer.Ordinal),
                ledger.Order(StringComparer.Ordinal));

            var years = await TableRows.ColumnAsync(demo.DataSource, $"SELECT year || ':' || due || ':' || held FROM {FollowUpTables.MeetingYearTable} WHERE agreement_id = $1 ORDER BY year", id);
            Assert.Equal(MeetingsAgainstCadence.PerYear(state, today).Select(y => $"{y.Year}:{y.Due}:{y.Held}"), years);

            var status = await TableRows.ColumnAsync(demo.DataSource, $"SELECT status FROM {FollowUpTables.SummaryTable} WHERE id = $1", id);
            Assert.Equal([state.StatusOn(today).ToString()], status);
        }
    }

    private async Task<List<Guid>> AgreementIdsAsync()
    {
        await using var command = demo.DataSource.CreateCommand($"SELECT id FROM {FollowUpTables.SummaryTable}");
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetGuid(0));
        return ids;
    }
}
