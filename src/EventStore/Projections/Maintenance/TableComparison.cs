using Npgsql;

namespace AgreementTracker.EventStore;

/// <summary>
/// Compares two tables as multisets of rows (EXCEPT ALL both ways). Rows are compared as PostgreSQL
/// prints them, column by column in the order they were created, which also covers types without an
/// equality operator (json) and makes the sample rows readable.
/// </summary>
internal static class TableComparison
{
    private const int SampleRows = 5;

    public static async Task<TableDifference> CompareAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string declared, string live, string rebuilt, CancellationToken cancellationToken)
    {
        var (onlyInLive, liveSamples) = await RowsOnlyInFirstAsync(connection, transaction, live, rebuilt, cancellationToken);
        var (onlyInRebuilt, rebuiltSamples) = await RowsOnlyInFirstAsync(connection, transaction, rebuilt, live, cancellationToken);
        return new TableDifference(declared, onlyInLive, onlyInRebuilt, liveSamples, rebuiltSamples);
    }

    private static async Task<(long Count, List<string> Samples)> RowsOnlyInFirstAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string first, string second, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            WITH only_in_first AS (SELECT r::text AS row FROM {first} AS r EXCEPT ALL SELECT r::text FROM {second} AS r)
            SELECT count(*) OVER (), row FROM only_in_first ORDER BY row LIMIT {SampleRows}
            """, connection, transaction);
        long count = 0;
        var samples = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            count = reader.GetInt64(0);
            samples.Add(reader.GetString(1));
        }
        return (count, samples);
    }
}
