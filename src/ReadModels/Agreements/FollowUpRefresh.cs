using AgreementTracker.ReadModels.Kept;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>
/// Moves the follow-up tables on to a new day: statuses, KPI statuses, overdue amounts and meetings due depend on the
/// date, and an agreement nobody changed keeps the assessment of the day it last changed. Run it once a day (and at
/// start-up); afterwards the live tables equal a rebuild made that day.
/// </summary>
public static class FollowUpRefresh
{
    private const int BatchSize = 200;

    /// <summary>Re-assesses, on <paramref name="today"/>, every agreement last assessed before it; returns how many.</summary>
    public static async Task<int> RefreshAsync(NpgsqlDataSource dataSource, DateOnly today, CancellationToken cancellationToken = default)
    {
        var tables = FollowUpTables.Live;
        var refreshed = 0;
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Locking the rows keeps an append's inline update of the same agreement from interleaving with ours.
            await using var select = new NpgsqlCommand(
                $"""
                SELECT s.id, s.version, d.data::text FROM {tables.Summaries} s JOIN {FollowUpTables.AgreementDocuments} d ON d.id = s.id
                WHERE s.assessed_on < $1 ORDER BY s.assessed_on, s.id LIMIT {BatchSize} FOR UPDATE OF s SKIP LOCKED
                """,
                connection, transaction).WithParameters(today);
            var snapshots = await AgreementSnapshots.ReadAsync(select, cancellationToken);
            if (snapshots.Count == 0)
                return refreshed;

            await using var batch = new NpgsqlBatch(connection, transaction);
            AgreementRows.Write(batch, tables, snapshots.Values, today);
            batch.Add($"SELECT pg_notify('{ReadModelChanges.Channel}', '')");
            await batch.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            refreshed += snapshots.Count;
        }
    }
}
