using System.Diagnostics;
using AgreementTracker.ReadModels.Agreements;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>
/// The floors under a command, by raw Npgsql on the same database, one transaction at a time, in logged tables as the
/// events' are (a temporary table skips the WAL, so its commits never wait for the disk; until 06-12-2026 the floor was
/// measured that way and looked lower, p50 0.23 ms, than any durable write can be). A mutation does the first and more
/// (Marten's fetch and append, the inline rows, the outbox, GraphQL over HTTP); the second is the part of it the design
/// costs: the agreement's whole document read and written back with the event.
/// </summary>
internal static class RawWrites
{
    private const int Rounds = 500;

    /// <summary>Read a row and append one.</summary>
    public static Task<LatencySamples> AppendAsync(NpgsqlDataSource dataSource, CancellationToken ct) =>
        MeasureAsync(dataSource, document: null, ct);

    /// <summary>Read a document as large as the median agreement's, append a row, and write the document back.</summary>
    public static async Task<(LatencySamples Samples, int DocumentBytes)> AppendWithDocumentAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var median = dataSource.CreateCommand(
            $"SELECT data::text FROM {FollowUpTables.AgreementDocuments} ORDER BY length(data::text) OFFSET (SELECT count(*) / 2 FROM {FollowUpTables.AgreementDocuments}) LIMIT 1");
        var document = (string)(await median.ExecuteScalarAsync(ct))!;
        return (await MeasureAsync(dataSource, document, ct), document.Length);
    }

    private static async Task<LatencySamples> MeasureAsync(NpgsqlDataSource dataSource, string? document, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(connection, """
            DROP TABLE IF EXISTS raw_write, raw_document;
            CREATE TABLE raw_write (stream uuid, version bigint, data jsonb, PRIMARY KEY (stream, version));
            CREATE TABLE raw_document (id uuid PRIMARY KEY, data jsonb)
            """, ct);
        var stream = Guid.NewGuid();
        if (document is not null)
            await ExecuteAsync(connection, "INSERT INTO raw_document VALUES ($1, $2::jsonb)", ct, stream, document);
        var samples = new List<double>(Rounds);
        for (var version = 1; version <= Rounds; version++)
        {
            var watch = Stopwatch.StartNew();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var read = document is null
                ? "SELECT coalesce(max(version), 0) FROM raw_write WHERE stream = $1"
                : "SELECT data::text FROM raw_document WHERE id = $1";
            await using (var command = new NpgsqlCommand(read, connection, transaction) { Parameters = { new() { Value = stream } } })
                await command.ExecuteScalarAsync(ct);
            await ExecuteAsync(connection, "INSERT INTO raw_write VALUES ($1, $2, $3::jsonb)", ct,
                stream, (long)version, """{"title":"Koordinationsmøde","attendees":3}""");
            if (document is not null)
                await ExecuteAsync(connection, "UPDATE raw_document SET data = $2::jsonb WHERE id = $1", ct, stream, document);
            await transaction.CommitAsync(ct);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        await ExecuteAsync(connection, "DROP TABLE raw_write, raw_document", ct);
        return new LatencySamples(samples);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(ct);
    }
}
