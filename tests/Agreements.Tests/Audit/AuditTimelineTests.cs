using AgreementTracker.Agreements.Audit;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Agreements.Tests.FollowUp;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Formatting;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.TestSupport;
using Marten;
using Npgsql;

namespace AgreementTracker.Agreements.Tests.Audit;

/// <summary>
/// The audit timeline kept by Marten's async daemon: an entry per event with who, why, which command, what happened in
/// Danish, the fields it changed and its link in the hash chain; organisations named as they were at the event; the same
/// rows after a rebuild; written with the daemon's progress.
/// </summary>
public sealed class AuditTimelineTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private const string Actor = "mette.jensen@brn.dk";
    private const string Reason = "Styregruppen ønsker tættere opfølgning";
    private const string Correlation = "styregruppe-2026-04";

    private static readonly List<DemoStream> Demo = DemoDataGenerator.Generate(agreementCount: 2).ToList();
    private static readonly List<DemoStream> NorthJutland = DemoDataGenerator.NorthJutland().ToList();
    private static readonly DemoStream FirstAgreement = Demo.First(s => s.Kind == StreamKind.Agreement);
    private static readonly string[] Tables =
        [AuditTimelineTables.TimelineTable, AuditTimelineTables.AgreementStateTable, AuditTimelineTables.OrganisationStateTable];

    [Fact]
    public async Task Each_event_of_an_agreement_is_an_entry_with_its_author_reason_command_summary_changes_and_chain_hash()
    {
        await using var db = await AuditTimelineDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);
        await DecideAsync(db, FirstAgreement.Id, MoreMeetings);

        await db.CatchUpAsync();

        var timeline = await TimelineAsync(db, FirstAgreement.Id);
        Assert.Equal(await ExpectedAsync(db, FirstAgreement.Id), timeline.Select(Row));
        Assert.Equal(FirstAgreement.Events.Select(e => (e.Actor.Identity, e.Reason)), timeline.Take(FirstAgreement.Events.Count).Select(e => (e.Actor, e.Reason)));
        Assert.Equal((Actor, Reason, Correlation), (timeline[^1].Actor, timeline[^1].Reason, timeline[^1].CorrelationId));
        Assert.Equal(await ChainAsync(db, FirstAgreement.Id), timeline.Select(e => (e.Position, e.Hash)));
    }

    [Fact]
    public async Task An_organisation_is_named_in_each_entry_as_it_was_named_when_the_event_happened()
    {
        await using var db = await AuditTimelineDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);
        var agreement = await OpenToAmendmentsAsync(db);
        var party = agreement.Parties[0].Organisation;
        await using var query = db.Store.QuerySession();
        var formerName = (await query.LoadAsync<OrganisationState>(party))!.Name;
        const string newName = "Nordjysk Erhvervsfremme";
        const string amendment = "Hele Nordjylland som geografisk område";
        await DecideAsync(db, new RenameOrganisation(party, newName));
        await DecideAsync(db, agreement.Id.Value, _ => new ProposeAmendment(
            agreement.Id, AmendmentId.From(Guid.NewGuid()), party, amendment, new AmendedTerms(GeographicScope: "Nordjylland")));

        await db.CatchUpAsync();

        var timeline = await TimelineAsync(db, agreement.Id.Value);
        var signed = Assert.Single(timeline, e => e.Changes.Any(c => c.Field == $"parties[{formerName}].signedOn"));
        Assert.StartsWith($"{formerName} underskrev aftalen", signed.Summary);
        Assert.Equal($"{newName} foreslog ændringen '{amendment}'.", timeline[^1].Summary);
        Assert.Contains(new FieldChange($"amendments[{amendment}].proposedBy", null, newName), timeline[^1].Changes);
        Assert.Contains(new FieldChange("name", formerName, newName), (await TimelineAsync(db, party.Value))[^1].Changes);
    }

    [Fact]
    public async Task A_rebuild_replays_every_event_into_the_same_rows_whatever_the_tables_held()
    {
        await using var db = await AuditTimelineDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, NorthJutland);
        await db.CatchUpAsync();
        var caughtUp = await TableRows.ReadAsync(db.DataSource, Tables);
        await ExecuteAsync(db, $"UPDATE {AuditTimelineTables.TimelineTable} SET summary = 'ændret' WHERE position = (SELECT min(position) FROM {AuditTimelineTables.TimelineTable})");
        await ExecuteAsync(db, $"DELETE FROM {AuditTimelineTables.AgreementStateTable} WHERE id = '{FirstAgreement.Id}'");

        await db.RebuildAsync();

        var rebuilt = await TableRows.ReadAsync(db.DataSource, Tables);
        Assert.All(Tables, table =>
        {
            Assert.NotEmpty(caughtUp[table]);
            Assert.Equal(caughtUp[table], rebuilt[table]);
        });
    }

    [Fact]
    public async Task A_commands_entries_are_written_in_the_transaction_that_moves_the_daemons_progress_past_them()
    {
        await using var db = await AuditTimelineDatabase.StartAsync(database);
        await DemoHistoryImport.ImportAsync(db.Store, Demo);
        await db.CatchUpAsync();
        await DecideAsync(db, FirstAgreement.Id, MoreMeetings);

        await db.CatchUpAsync();

        var entryWrittenBy = await RowsAsync(db.DataSource,
            $"SELECT DISTINCT xmin::text FROM {AuditTimelineTables.TimelineTable} WHERE correlation_id = '{Correlation}'");
        var progressWrittenBy = await RowsAsync(db.DataSource,
            $"SELECT xmin::text FROM {AgreementsModule.Schema}.mt_event_progression WHERE name = '{AuditTimeline.ProjectionName}:All'");
        Assert.Equal(progressWrittenBy, entryWrittenBy);
    }

    private static SetMeetingCadence MoreMeetings(AgreementState state) =>
        new(state.Id, state.Cadence[^1].MeetingsPerYear + 1, state.Cadence[^1].EffectiveFrom.AddDays(1));

    /// <summary>A command decided against the agreement as it stands and appended as the server appends it.</summary>
    private static async Task DecideAsync(AuditTimelineDatabase db, Guid agreementId, Func<AgreementState, IAgreementCommand> command)
    {
        await using var session = SessionWithMetadata(db);
        var stream = await session.Events.FetchForWriting<AgreementState>(agreementId);
        stream.AppendMany(Agreement.Decide(stream.Aggregate, command(stream.Aggregate!), Context(db)).Value);
        await session.SaveChangesAsync();
    }

    private static async Task DecideAsync(AuditTimelineDatabase db, IOrganisationCommand command)
    {
        await using var session = SessionWithMetadata(db);
        var stream = await session.Events.FetchForWriting<OrganisationState>(command.OrganisationId.Value);
        stream.AppendMany(Organisation.Decide(stream.Aggregate, command, Context(db)).Value);
        await session.SaveChangesAsync();
    }

    /// <summary>A session that records who, why and which command with every event it appends.</summary>
    private static IDocumentSession SessionWithMetadata(AuditTimelineDatabase db)
    {
        var session = db.Store.LightweightSession();
        session.LastModifiedBy = Actor;
        session.CorrelationId = Correlation;
        session.SetHeader(AuditedEvent.ReasonHeader, Reason);
        return session;
    }

    private static CommandContext Context(AuditTimelineDatabase db) => new(db.Agreements.Clock.GetUtcNow(), _ => null);

    private static async Task<AgreementState> OpenToAmendmentsAsync(AuditTimelineDatabase db)
    {
        await using var session = db.Store.QuerySession();
        var agreements = new List<AgreementState>();
        foreach (var stream in Demo.Where(s => s.Kind == StreamKind.Agreement))
            agreements.Add((await session.LoadAsync<AgreementState>(AgreementId.From(stream.Id)))!);
        return agreements.First(a => a is { FullySigned: true, Termination: null, ExpiredOn: null } && !a.Amendments.Exists(m => m.IsPending));
    }

    private static async Task<IReadOnlyList<AuditEntry>> TimelineAsync(AuditTimelineDatabase db, Guid streamId) =>
        (await new TimelineReader(db.DataSource).PageAsync(streamId, total => (0, total))).Items;

    /// <summary>What the timeline must say of each stored event: the domain's own Danish summary and field changes, and Marten's metadata.</summary>
    private static async Task<List<string>> ExpectedAsync(AuditTimelineDatabase db, Guid agreementId)
    {
        await using var session = db.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(agreementId);
        var names = (await session.Query<OrganisationState>().ToListAsync()).ToDictionary(o => o.Id, o => o.Name);
        string? NameOf(OrganisationId id) => names.GetValueOrDefault(id);
        var expected = new List<string>();
        AgreementState? before = null;
        foreach (var e in events)
        {
            var after = Agreement.Evolve(before, e.Data);
            expected.Add(Row(e.Version, e.Data.GetType().Name, AgreementHistoryText.Describe(before, e.Data, NameOf), e.Timestamp, e.UserName!,
                e.GetHeader(AuditedEvent.ReasonHeader)?.ToString(), e.CorrelationId, AgreementChanges.Between(before, after, NameOf)));
            before = after;
        }
        return expected;
    }

    private static string Row(AuditEntry e) => Row(e.Version, e.Event, e.Summary, e.OccurredAt, e.Actor, e.Reason, e.CorrelationId, e.Changes);

    private static string Row(
        long version, string type, string summary, DateTimeOffset occurredAt, string actor, string? reason, string? correlationId, IReadOnlyList<FieldChange> changes) =>
        $"{version} {type} '{summary}' {occurredAt:O} {actor} '{reason}' {correlationId} [{string.Join(", ", changes)}]";

    /// <summary>Each event's sequence and its hash in the integrity layer's chain, in version order.</summary>
    private static async Task<List<(long, string)>> ChainAsync(AuditTimelineDatabase db, Guid streamId)
    {
        await using var command = db.DataSource.CreateCommand("SELECT seq_id, encode(hash, 'hex') FROM integrity.event_hashes WHERE stream_id = $1 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        var chain = new List<(long, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            chain.Add((reader.GetInt64(0), reader.GetString(1)));
        return chain;
    }

    private static async Task<List<string>> RowsAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            rows.Add(reader.GetString(0));
        return rows;
    }

    private static async Task ExecuteAsync(AuditTimelineDatabase db, string sql)
    {
        await using var command = db.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
