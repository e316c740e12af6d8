using System.Diagnostics;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>
/// The floor under a command: one transaction that reads a row and appends one, by raw Npgsql on the same database, one
/// at a time. A mutation does that and more (Marten's fetch and append, the inline rows, the outbox, GraphQL over HTTP),
/// so its latency is read beside this one, measured in the same run.
/// </summary>
internal static class RawWrites
{
    private const int Rounds = 500;

    public static async Task<LatencySamples> MeasureAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE raw_write (stream uuid, version bigint, data jsonb, PRIMARY KEY (stream, version))", connection))
            await create.ExecuteNonQueryAsync(ct);
        var stream = Guid.NewGuid();
        var samples = new List<double>(Rounds);
        for (var version = 1; version <= Rounds; version++)
        {
            var watch = Stopwatch.StartNew();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM raw_write WHERE stream = $1", connection, transaction))
            {
                read.Parameters.Add(new NpgsqlParameter { Value = stream });
                await read.ExecuteScalarAsync(ct);
            }
            await using (var append = new NpgsqlCommand("INSERT INTO raw_write VALUES ($1, $2, $3::jsonb)", connection, transaction))
            {
                append.Parameters.Add(new NpgsqlParameter { Value = stream });
                append.Parameters.Add(new NpgsqlParameter { Value = (long)version });
                append.Parameters.Add(new NpgsqlParameter { Value = """{"title":"Koordinationsmøde","attendees":3}""" });
                await append.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        return new LatencySamples(samples);
    }
}
