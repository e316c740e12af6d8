using AgreementTracker.Agreements;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Tests.Support;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;

namespace AgreementTracker.ReadModels.Tests;

/// <summary>
/// The summaries' count of amendments awaiting acceptance, which the overview's list of them is filtered by: written
/// with the other follow-up rows, and given to a database made before it by applying the schema and the daily refresh.
/// </summary>
public sealed class AmendmentsAwaitingAcceptanceTests : IAsyncLifetime
{
    private string? _connectionString;
    private NpgsqlDataSource _dataSource = null!;
    private DocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await PostgresTestCluster.CreateDatabaseAsync();
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        _store = await DemoDatabase.StartStoreAsync(_dataSource, TestClock.Start());
        await DemoHistoryImport.ImportAsync(_store, DemoDataGenerator.NorthJutland());
    }

    [Fact]
    public async Task Each_summary_counts_the_amendments_of_its_agreement_neither_in_effect_nor_rejected()
    {
        var proposedTo = await ProposeAmendmentAsync();

        var counts = await CountsAsync();

        Assert.Equal(await DomainCountsAsync(counts.Keys), counts);
        Assert.Equal(1, counts[proposedTo]);
    }

    [Fact]
    public async Task A_database_made_before_the_count_gets_the_column_and_the_daily_refresh_fills_it_as_a_rebuild_would()
    {
        await ProposeAmendmentAsync();
        var current = await TableRows.ReadAsync(_dataSource, FollowUpTables.SummaryTable);
        await ExecuteAsync($"ALTER TABLE {FollowUpTables.SummaryTable} DROP COLUMN amendments_awaiting_acceptance");

        await _store.ApplySchemaAsync(_dataSource);
        var reassessed = await FollowUpRefresh.RefreshAsync(_dataSource, DemoDatabase.Today);
        await _store.ApplySchemaAsync(_dataSource);
        var reassessedAgain = await FollowUpRefresh.RefreshAsync(_dataSource, DemoDatabase.Today);

        Assert.Equal(current.Count, reassessed);
        Assert.Equal(0, reassessedAgain);
        Assert.Equal(current, await TableRows.ReadAsync(_dataSource, FollowUpTables.SummaryTable));
    }

    /// <summary>Proposes a new title for one agreement; the proposer counts as having accepted, the other parties have not.</summary>
    private async Task<Guid> ProposeAmendmentAsync()
    {
        var id = (await CountsAsync()).Keys.Order().First();
        await using var session = _store.LightweightSession();
        var stream = await session.Events.FetchForWriting<AgreementState>(id);
        stream.AppendOne(new AgreementAmendmentProposed(
            AmendmentId.From(Guid.NewGuid()), stream.Aggregate!.Parties[0].Organisation, "Ny titel", new AmendedTerms(Title: "Venter på accept")));
        await session.SaveChangesAsync();
        return id;
    }

    private async Task<Dictionary<Guid, int>> CountsAsync()
    {
        await using var command = _dataSource.CreateCommand($"SELECT id, amendments_awaiting_acceptance FROM {FollowUpTables.SummaryTable}");
        var counts = new Dictionary<Guid, int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            counts[reader.GetGuid(0)] = reader.GetInt32(1);
        return counts;
    }

    private async Task<Dictionary<Guid, int>> DomainCountsAsync(IEnumerable<Guid> ids)
    {
        await using var session = _store.QuerySession();
        var counts = new Dictionary<Guid, int>();
        foreach (var id in ids)
        {
            var state = Agreement.Fold(null, (await session.Events.FetchStreamAsync(id)).Select(e => e.Data))!;
            counts[id] = state.Amendments.Count(a => a.IsPending);
        }
        return counts;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _dataSource.DisposeAsync();
        if (_connectionString is not null)
            await PostgresTestCluster.DropDatabaseAsync(_connectionString);
    }
}
