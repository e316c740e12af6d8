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
/// leave exactly these rows.
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
        AgreementRows.Write(batch, FollowUpTables.Live, [new AgreementSnapshot(state, stream.Events.Count + events.Count)], today);
        await ExecuteAsync(batch);
    }

    private async Task WriteAsync(IReadOnlyList<DemoStream> history, DateOnly today)
    {
        await using var batch = new NpgsqlBatch();
        foreach (var table in FollowUpTables.Definitions.Append(OrganisationDirectoryTable.Definition))
            batch.BatchCommands.Add(new NpgsqlBatchCommand(table.CreateSqlFor(table.Name)));
        foreach (var stream in history.Where(s => s.Kind == StreamKind.Organisation))
            foreach (var e in stream.Events)
                if (OrganisationDirectoryTable.CommandFor(OrganisationDirectoryTable.TableName, stream.Id, e.Data) is { } command)
                    batch.BatchCommands.Add(command);
        var agreements = history.Where(s => s.Kind == StreamKind.Agreement)
            .Select(s => new AgreementSnapshot(Agreement.Fold(null, s.Events.Select(e => e.Data))!, s.Events.Count));
        AgreementRows.Write(batch, FollowUpTables.Live, agreements.ToList(), today);
        await ExecuteAsync(batch);
    }

    private async Task ExecuteAsync(NpgsqlBatch batch)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        batch.Connection = connection;
        await batch.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
