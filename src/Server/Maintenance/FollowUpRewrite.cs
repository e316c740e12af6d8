using AgreementTracker.Agreements;
using AgreementTracker.Agreements.Lifecycle;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using Marten;
using Npgsql;

namespace AgreementTracker.Server.Maintenance;

/// <summary>
/// The follow-up tables rewritten from Marten's agreement documents, as <see cref="AgreementProjection"/>'s side effect
/// writes them when events are appended, assessed on the clock's today; rows of agreements without a document go.
/// </summary>
internal static class FollowUpRewrite
{
    private const int AgreementsPerTransaction = 200;

    /// <returns>How many agreements' rows were written.</returns>
    public static async Task<int> RunAsync(IDocumentStore store, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken ct)
    {
        const string documents = FollowUpTables.AgreementDocuments;
        var serializer = store.Options.Serializer();
        var today = Today.On(clock);
        var written = 0;
        var after = Guid.Empty;
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            // An append moves the stream's version and then its document: locking both orders this rewrite after an
            // append in progress (whose rows it then reads back) and before one to come (whose rows then replace ours).
            await using var select = new NpgsqlCommand($"""
                SELECT s.id, s.version, d.data
                FROM {AgreementsModule.Schema}.mt_streams s JOIN {documents} d ON d.id = s.id
                WHERE s.id > $1 ORDER BY s.id LIMIT {AgreementsPerTransaction}
                FOR UPDATE
                """, connection, transaction) { Parameters = { new NpgsqlParameter { Value = after } } };
            var snapshots = new List<AgreementSnapshot>();
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    snapshots.Add(new AgreementSnapshot(serializer.FromJson<AgreementState>(reader, 2), reader.GetInt64(1)));
                    after = reader.GetGuid(0);
                }
            }
            if (snapshots.Count == 0)
                break;
            await using var batch = new NpgsqlBatch(connection, transaction);
            AgreementRows.Write(batch, FollowUpTables.Live, snapshots, today);
            await batch.ExecuteNonQueryAsync(ct);
            await transaction.CommitAsync(ct);
            written += snapshots.Count;
        }
        await DeleteRowsWithoutDocumentAsync(dataSource, documents, ct);
        return written;
    }

    private static async Task DeleteRowsWithoutDocumentAsync(NpgsqlDataSource dataSource, string documents, CancellationToken ct)
    {
        var tables = FollowUpTables.Live;
        await using var batch = dataSource.CreateBatch();
        foreach (var child in new[] { tables.Parties, tables.Kpis, tables.Ledger, tables.Meetings, tables.MeetingYears })
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {child} c WHERE NOT EXISTS (SELECT FROM {documents} d WHERE d.id = c.agreement_id)"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand($"DELETE FROM {tables.Summaries} s WHERE NOT EXISTS (SELECT FROM {documents} d WHERE d.id = s.id)"));
        await batch.ExecuteNonQueryAsync(ct);
    }
}
