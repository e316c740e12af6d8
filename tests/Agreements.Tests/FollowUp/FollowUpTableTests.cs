using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;
using Weasel.Core;

namespace AgreementTracker.Agreements.Tests.FollowUp;

/// <summary>
/// The follow-up tables and the organisation directory kept by Marten hold exactly the rows the read models' code
/// writes for the domain's fold of the same events on the same day, move on in the transaction of a command's events,
/// and stay as they were when a command loses a race.
/// </summary>
public sealed class FollowUpTableTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly List<DemoStream> NorthJutland = DemoDataGenerator.NorthJutland().ToList();
    private static readonly DemoStream FirstAgreement = NorthJutland.First(s => s.Kind == StreamKind.Agreement);

    [Fact]
    public async Task Marten_creates_the_tables_with_its_schema_and_then_sees_nothing_to_change()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);

        var rows = await TableRows.ReadAsync(db.DataSource, TableRows.All);
        await using var again = DocumentStore.For(o => { o.Connection(db.DataSource); o.ConfigureAgreements(db.Clock); });
        var migration = await again.Storage.Database.CreateMigrationAsync();

        Assert.All(TableRows.All, table => Assert.Empty(rows[table]));
        Assert.Equal(SchemaPatchDifference.None, migration.Difference);
    }

    [Fact]
    public void The_read_models_read_each_agreement_state_from_the_table_of_Marten_s_agreement_documents()
    {
        var options = new StoreOptions();
        options.ConfigureAgreements(TestClock.Start());

        Assert.Equal(FollowUpTables.AgreementDocuments, ((IReadOnlyStoreOptions)options).FindOrResolveDocumentType(typeof(AgreementState)).TableName.QualifiedName);
    }

    [Fact]
    public async Task Importing_the_demo_history_writes_exactly_the_rows_of_the_domain_fold()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);

        await using var reference = await ReferenceFollowUp.ImportBesideAsync(database, db, NorthJutland);

        await AssertSameRowsAsync(reference.DataSource, db.DataSource);
    }

    [Fact]
    public async Task The_readers_and_the_daily_refresh_work_on_the_tables_Marten_keeps()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await using var reference = await ReferenceFollowUp.ImportBesideAsync(database, db, NorthJutland);
        var nextYear = TestClock.Today.AddYears(1);

        var read = await new AgreementReader(db.DataSource).LoadAsync(FirstAgreement.Id);
        var folded = await db.Store.QuerySession().LoadAsync<AgreementState>(AgreementId.From(FirstAgreement.Id));
        var refreshed = await FollowUpRefresh.RefreshAsync(db.DataSource, nextYear);
        await FollowUpRefresh.RefreshAsync(reference.DataSource, nextYear);

        Assert.Equal((AgreementStateJson.Serialize(folded!), (long)FirstAgreement.Events.Count), (AgreementStateJson.Serialize(read!.State), read.Version));
        Assert.Equal(NorthJutland.Count(s => s.Kind == StreamKind.Agreement), refreshed);
        await AssertSameRowsAsync(reference.DataSource, db.DataSource);
    }

    [Fact]
    public async Task A_command_moves_the_rows_on_in_the_transaction_of_its_events()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await using var reference = await ReferenceFollowUp.ImportBesideAsync(database, db, NorthJutland);
        var before = await TableRows.ReadAsync(db.DataSource, TableRows.FollowUp);

        await using var session = db.Store.LightweightSession();
        var stream = await session.Events.FetchForWriting<AgreementState>(FirstAgreement.Id);
        var events = Decide(db, stream.Aggregate!, stream.Aggregate!.Cadence[^1].MeetingsPerYear + 1);
        stream.AppendMany(events);
        await session.SaveChangesAsync();
        await reference.AppendAsync(FirstAgreement, events, TestClock.Today);

        var version = FirstAgreement.Events.Count + events.Count;
        Assert.NotEqual(before[FollowUpTables.SummaryTable], (await TableRows.ReadAsync(db.DataSource, TableRows.FollowUp))[FollowUpTables.SummaryTable]);
        Assert.Equal((version, await WrittenByAsync(db, $"events.mt_events WHERE stream_id = $1 AND version = {version}")),
            (await SummaryVersionAsync(db), await WrittenByAsync(db, $"{FollowUpTables.SummaryTable} WHERE id = $1")));
        await AssertSameRowsAsync(reference.DataSource, db.DataSource);
    }

    [Fact]
    public async Task A_command_that_loses_the_race_leaves_the_rows_as_the_winner_wrote_them()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, NorthJutland);
        await using var winner = db.Store.LightweightSession();
        await using var loser = db.Store.LightweightSession();
        var won = await winner.Events.FetchForWriting<AgreementState>(FirstAgreement.Id);
        var lost = await loser.Events.FetchForWriting<AgreementState>(FirstAgreement.Id);
        var meetingsPerYear = won.Aggregate!.Cadence[^1].MeetingsPerYear;
        won.AppendMany(Decide(db, won.Aggregate, meetingsPerYear + 1));
        await winner.SaveChangesAsync();
        var afterWinner = await TableRows.ReadAsync(db.DataSource, TableRows.FollowUp);

        lost.AppendMany(Decide(db, lost.Aggregate!, meetingsPerYear + 2));
        await Assert.ThrowsAnyAsync<JasperFx.ConcurrencyException>(() => loser.SaveChangesAsync());

        Assert.Equal(afterWinner, await TableRows.ReadAsync(db.DataSource, TableRows.FollowUp));
    }

    [Fact]
    public async Task An_append_that_does_not_know_the_stream_version_is_refused_rather_than_recorded_at_version_0()
    {
        await using var db = await AgreementsDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, NorthJutland);
        var before = await TableRows.ReadAsync(db.DataSource, TableRows.FollowUp);
        await using var session = db.Store.LightweightSession();
        var agreement = await session.LoadAsync<AgreementState>(AgreementId.From(FirstAgreement.Id));

        session.Events.Append(FirstAgreement.Id, Decide(db, agreement!, agreement!.Cadence[^1].MeetingsPerYear + 1));

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SaveChangesAsync());
        Assert.Equal(FirstAgreement.Events.Count, (await db.Store.QuerySession().Events.FetchStreamStateAsync(FirstAgreement.Id))!.Version);
        Assert.Equal(before, await TableRows.ReadAsync(db.DataSource, TableRows.FollowUp));
    }

    private static IReadOnlyList<object> Decide(AgreementsDatabase db, AgreementState agreement, int meetingsPerYear)
    {
        var command = new SetMeetingCadence(agreement.Id, meetingsPerYear, agreement.Cadence[^1].EffectiveFrom.AddDays(1));
        return Agreement.Decide(agreement, command, new CommandContext(db.Clock.GetUtcNow(), _ => null)).Value;
    }

    private static async Task AssertSameRowsAsync(NpgsqlDataSource expected, NpgsqlDataSource actual)
    {
        var expectedRows = await TableRows.ReadAsync(expected, TableRows.All);
        var actualRows = await TableRows.ReadAsync(actual, TableRows.All);
        Assert.All(TableRows.All, table =>
        {
            Assert.NotEmpty(expectedRows[table]);
            Assert.Equal(expectedRows[table], actualRows[table]);
        });
    }

    private static async Task<long> SummaryVersionAsync(AgreementsDatabase db)
    {
        await using var command = db.DataSource.CreateCommand($"SELECT version FROM {FollowUpTables.SummaryTable} WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = FirstAgreement.Id });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The transaction that wrote a row (its <c>xmin</c>), for the first agreement.</summary>
    private static async Task<string> WrittenByAsync(AgreementsDatabase db, string fromWhere)
    {
        await using var command = db.DataSource.CreateCommand($"SELECT xmin::text FROM {fromWhere}");
        command.Parameters.Add(new NpgsqlParameter { Value = FirstAgreement.Id });
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
