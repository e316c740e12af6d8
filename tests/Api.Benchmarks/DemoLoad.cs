using System.Diagnostics;
using AgreementTracker.Agreements;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>What loading the demo data set wrote, counted in Marten's event tables before and after, and how long it took.</summary>
internal sealed record DemoLoad(long Streams, long EventsWritten, long EventsAlreadyThere, TimeSpan Elapsed)
{
    /// <param name="load">The server's start, which applies the schema and loads the data set before it takes requests.</param>
    public static async Task<DemoLoad> MeasureAsync(NpgsqlDataSource dataSource, Func<Task> load)
    {
        var (_, before) = await CountAsync(dataSource);
        var stopwatch = Stopwatch.StartNew();
        await load();
        var elapsed = stopwatch.Elapsed;
        var (streams, after) = await CountAsync(dataSource);
        return new DemoLoad(streams, after - before, before, elapsed);
    }

    /// <summary>Streams and events stored; none in a database Marten has not set up yet.</summary>
    private static async Task<(long Streams, long Events)> CountAsync(NpgsqlDataSource dataSource)
    {
        await using (var exists = dataSource.CreateCommand($"SELECT to_regclass('{AgreementsModule.Schema}.mt_events') IS NOT NULL"))
        {
            if (!(bool)(await exists.ExecuteScalarAsync())!)
                return (0, 0);
        }
        await using var count = dataSource.CreateCommand(
            $"SELECT (SELECT count(*) FROM {AgreementsModule.Schema}.mt_streams), (SELECT count(*) FROM {AgreementsModule.Schema}.mt_events)");
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
