using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Tests.Support;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests;

/// <summary>
/// Writing an agreement's follow-up rows again leaves them exactly as a first write of that state would, while rows
/// that did not change are not written at all (their row version, PostgreSQL's xmin, stays).
/// </summary>
public sealed class FollowUpRowsReplaceTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly DateOnly Today = TestClock.Today;

    [Fact]
    public async Task A_meeting_more_writes_its_rows_and_leaves_the_unchanged_rows_alone()
    {
        var (signed, withMeeting) = States();
        var live = await CreateTablesAsync();
        await WriteAsync(live, signed);
        var partiesBefore = await RowVersionsAsync(live.Parties);

        await WriteAsync(live, withMeeting);

        await AssertSameRowsAsync(live, await FirstWriteAsync(withMeeting));
        Assert.Single(await TableRows.ReadAsync(database.DataSource, live.Meetings));
        Assert.Equal(partiesBefore, await RowVersionsAsync(live.Parties));
    }

    [Fact]
    public async Task Rows_the_new_state_no_longer_has_are_deleted()
    {
        var (signed, withMeeting) = States();
        var live = await CreateTablesAsync();
        await WriteAsync(live, withMeeting);

        await WriteAsync(live, signed);

        await AssertSameRowsAsync(live, await FirstWriteAsync(signed));
        Assert.Empty(await TableRows.ReadAsync(database.DataSource, live.Meetings));
    }

    private static (AgreementSnapshot Signed, AgreementSnapshot WithMeeting) States()
    {
        var id = new AgreementId(Guid.NewGuid());
        var events = SampleAgreement.SignedWithKpi(id, new DatePeriod(Today.AddMonths(-6), Today.AddYears(2)), Today.AddMonths(-7));
        var signed = Agreement.Fold(null, events)!;
        var held = new MeetingHeld(
            new MeetingId(Guid.NewGuid()), MeetingKind.Coordination, "Koordinationsmøde", Today.AddDays(-3),
            [new Attendee("Anna", SampleAgreement.Municipality)], "Status.", ["Næste møde i marts"], []);
        return (new AgreementSnapshot(signed, events.Count), new AgreementSnapshot(Agreement.Evolve(signed, held), events.Count + 1));
    }

    private async Task<FollowUpTables> FirstWriteAsync(AgreementSnapshot snapshot)
    {
        var tables = await CreateTablesAsync();
        await WriteAsync(tables, snapshot);
        return tables;
    }

    private async Task WriteAsync(FollowUpTables tables, AgreementSnapshot snapshot)
    {
        await using var batch = database.DataSource.CreateBatch();
        AgreementRows.Write(batch, tables, [snapshot], Today);
        await batch.ExecuteNonQueryAsync();
    }

    private async Task AssertSameRowsAsync(FollowUpTables actual, FollowUpTables expected)
    {
        foreach (var (a, e) in Names(actual).Zip(Names(expected)))
            Assert.Equal(await TableRows.ReadAsync(database.DataSource, e), await TableRows.ReadAsync(database.DataSource, a));
    }

    private Task<IReadOnlyList<string>> RowVersionsAsync(string table) =>
        TableRows.ColumnAsync(database.DataSource, $"SELECT xmin::text FROM {table} ORDER BY party_id");

    /// <summary>A set of follow-up tables of this test's own, under fresh names.</summary>
    private async Task<FollowUpTables> CreateTablesAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var batch = database.DataSource.CreateBatch();
        foreach (var definition in FollowUpTables.Definitions)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(definition.CreateSqlFor($"{definition.Name}_{suffix}")));
        await batch.ExecuteNonQueryAsync();
        string Name(string table) => $"{table}_{suffix}";
        return new FollowUpTables(
            Name(FollowUpTables.SummaryTable), Name(FollowUpTables.PartyTable), Name(FollowUpTables.KpiTable),
            Name(FollowUpTables.LedgerTable), Name(FollowUpTables.MeetingTable), Name(FollowUpTables.MeetingYearTable));
    }

    private static IEnumerable<string> Names(FollowUpTables tables) =>
        [tables.Summaries, tables.Parties, tables.Kpis, tables.Ledger, tables.Meetings, tables.MeetingYears];
}
