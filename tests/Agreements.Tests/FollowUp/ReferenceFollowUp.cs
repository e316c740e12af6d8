using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Organisations;
using AgreementTracker.TestSupport;
using Npgsql;

namespace AgreementTracker.Agreements.Tests.FollowUp;

/// <summary>
/// What the follow-up tables and the directory must hold for a history, computed without Marten: every stream folded by
/// the domain and its rows written by the read models' own code into a fresh database. Marten's inline projections must
/// leave exactly these rows. Each folded state is stored as the read models find Marten's document of it (id and JSON
/// data in <see cref="FollowUpTables.AgreementDocuments"/>), so the readers and the daily refresh work here too.
/// </summary>
public sealed class ReferenceFollowUp : IAsyncDisposable
{
    private ReferenceFollowUp(NpgsqlDataSource dataSource) => DataSource = dataSource;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>Imports <paramref name="history"/> into the Marten store and writes the reference rows beside it, assessed on the same day.</summary>
    public static async Task<ReferenceFollowUp> ImportBesideAsync(PostgresDatabaseFixture database, AgreementsDatabase marten, IReadOnlyList<DemoStream> history)
    {
        await DemoHistoryImport.ImportAsync(marten.Store, history);
        var reference = new ReferenceFollowUp(NpgsqlDataSource.Create(await database.CreateDatabaseAsync()));
        await reference.WriteAsync(history, Today.On(marten.Clock));
        return reference;
    }

    /// <summary>The rows after <paramref name="events"/> are appended to the agreement <paramref name="streamId"/> of the history.</summary>
    public async Task AppendAsync(DemoStream stream, IReadOnlyList<object> events, DateOnly today)
    {
        var state = Agreement.Fold(null, stream.Events.Select(e => e.Data).Concat(events))!;
        await using var batch = new NpgsqlBatch();
        AddDocument(batch, state);
        AgreementRows.Write(batch, FollowUpTables.Live, [new AgreementSnapshot(state, stream.Events.Count + events.Count)], today);
        await ExecuteAsync(batch);
    }

    private async Task WriteAsync(IReadOnlyList<DemoStream> history, DateOnly today)
    {
        await using var batch = new NpgsqlBatch();
        foreach (var table in FollowUpTables.Definitions.Append(OrganisationDirectoryTable.Definition))
            batch.BatchCommands.Add(new NpgsqlBatchCommand(table.CreateSqlFor(table.Name)));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"CREATE SCHEMA {FollowUpTables.AgreementDocuments.Split('.')[0]}"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"CREATE TABLE {FollowUpTables.AgreementDocuments} (id uuid PRIMARY KEY, data jsonb NOT NULL)"));
        foreach (var stream in history.Where(s => s.Kind == StreamKind.Organisation))
            foreach (var e in stream.Events)
                if (OrganisationDirectoryTable.CommandFor(OrganisationDirectoryTable.TableName, stream.Id, e.Data) is { } command)
                    batch.BatchCommands.Add(command);
        var agreements = history.Where(s => s.Kind == StreamKind.Agreement)
            .Select(s => new AgreementSnapshot(Agreement.Fold(null, s.Events.Select(e => e.Data))!, s.Events.Count)).ToList();
        foreach (var agreement in agreements)
            AddDocument(batch, agreement.State);
        AgreementRows.Write(batch, FollowUpTables.Live, agreements, today);
        await ExecuteAsync(batch);
    }

    private static void AddDocument(NpgsqlBatch batch, AgreementState state) =>
        batch.BatchCommands.Add(new NpgsqlBatchCommand(
            $"INSERT INTO {FollowUpTables.AgreementDocuments} (id, data) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data")
        {
            Parameters = { new() { Value = state.Id.Value }, new() { Value = AgreementStateJson.Serialize(state) } },
        });

    private async Task ExecuteAsync(NpgsqlBatch batch)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        batch.Connection = connection;
        await batch.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
