using System.Diagnostics;
using AgreementTracker.Agreements;
using AgreementTracker.Server.Maintenance;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>What <c>projections rebuild all</c> took, and what it printed on the way (each projection's own figures).</summary>
internal sealed record RebuildAll(int ExitCode, TimeSpan Elapsed, string LoadAverageBefore, string LoadAverageAfter);

/// <summary>What reading every event takes PostgreSQL alone: the floor under any rebuild.</summary>
internal sealed record RawEventRead(long Events, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Every read model rebuilt from zero the way an operator does it: the server's own <c>projections rebuild all</c>
/// (Marten's rebuild of each projection, the follow-up tables rewritten after the agreements), on the stopped server's
/// database, beside PostgreSQL reading the same events raw.
/// </summary>
internal static class ProjectionRebuilds
{
    public static async Task<RebuildAll> RunCommandAsync(IReadOnlyList<string> databaseArgs, CancellationToken ct)
    {
        var loadBefore = MachineLoad.Now();
        var stopwatch = Stopwatch.StartNew();
        var exitCode = await ProjectionsCommand.RunAsync(
            ["projections", "rebuild", "all", .. databaseArgs, "--Logging:LogLevel:Default=Warning"], Console.Out, Console.Error, ct: ct);
        return new RebuildAll(exitCode, stopwatch.Elapsed, loadBefore, MachineLoad.Now());
    }

    /// <summary>Every event's row as a rebuild reads it, copied out in PostgreSQL's binary format and counted, not parsed.</summary>
    public static async Task<RawEventRead> ReadEventsRawAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var stopwatch = Stopwatch.StartNew();
        long events = 0, bytes = 0;
        await using (var copy = await connection.BeginBinaryExportAsync(
            $"COPY (SELECT seq_id, id, stream_id, version, type, data, headers, timestamp FROM {AgreementsModule.Schema}.mt_events) TO STDOUT (FORMAT BINARY)", ct))
        {
            while (await copy.StartRowAsync(ct) != -1)
            {
                events++;
                for (var column = 0; column < 8; column++)
                {
                    if (copy.IsNull)
                        await copy.SkipAsync(ct);
                    else
                        bytes += (await copy.ReadAsync<byte[]>(ct)).Length;
                }
            }
        }
        return new RawEventRead(events, bytes, stopwatch.Elapsed);
    }
}
