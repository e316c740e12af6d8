using System.Diagnostics;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Portfolios;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>
/// Where one dashboard request's time goes, measured one step at a time with no other request running, for the
/// municipality with the largest portfolio: the SQL the resolvers run, turning the agreements' jsonb states into
/// objects, assessing their KPIs, and the whole request over HTTP.
/// Next to it, the same KPI figures read from the flat KPI table the follow-up projection keeps.
/// </summary>
internal static class DashboardAnatomy
{
    private const int WarmUpRounds = 3;
    private const int Rounds = 7;

    public static async Task RunAsync(TextWriter output, IServiceProvider services, GraphQLClient client, BenchmarkTargets targets, CancellationToken ct)
    {
        var portfolios = services.GetRequiredService<PortfolioReader>();
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var today = Today.On(services.GetRequiredService<TimeProvider>());
        var all = await portfolios.LoadManyAsync(targets.MunicipalityIds.Select(Guid.Parse).ToList(), ct);
        var largest = all.Values.MaxBy(p => p.AgreementIds.Count)!;
        var ids = largest.AgreementIds.ToArray();
        var body = GraphQLClient.Body(Scenarios.MunicipalityDashboard, new { id = largest.OrganisationId.ToString() });
        var states = new List<string>();
        var parsed = new List<AgreementState>();
        var answerBytes = 0;

        var steps = new (string Name, Func<Task> Run)[]
        {
            ("SQL: the portfolio (agreement ids, totals)", () => portfolios.LoadAsync(largest.OrganisationId, ct)),
            ("SQL: the agreements' jsonb states", async () => states = await ReadStatesAsync(dataSource, ids, ct)),
            ("resolvers: states from JSON to objects", () => Task.FromResult(parsed = states.Select(AgreementStateJson.Deserialize).ToList())),
            ("resolvers: every KPI assessed on today", () => Task.FromResult(parsed.Select(s => KpiFulfilment.AssessAll(s, today)).ToList())),
            ("whole request over HTTP", async () => answerBytes = (await client.PostAsync(body, ct)).Body.Length),
            ($"for comparison, SQL: the same KPIs' status, latest value and progress from the flat table {FollowUpTables.KpiTable}",
                () => ReadFlatKpisAsync(dataSource, ids, ct)),
        };
        var times = steps.Select(_ => new List<double>()).ToList();
        // Rounds run every step in turn, so the machine's changing load falls on all of them alike; the first ones warm the JIT.
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            for (var i = 0; i < steps.Length; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await steps[i].Run();
                if (round >= WarmUpRounds)
                    times[i].Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }
        var medians = times.Select(t => t.Order().ElementAt(t.Count / 2)).ToList();

        output.WriteLine();
        output.WriteLine($"Anatomy of one dashboard request, alone, median of {Rounds} rounds after {WarmUpRounds} to warm up: the largest portfolio, {ids.Length} agreements " +
                         $"with {parsed.Sum(s => s.Kpis.Count):N0} KPIs; jsonb states {states.Sum(s => s.Length) / 1024.0 / 1024.0:N1} MiB as text, " +
                         $"answer {answerBytes / 1024.0:N0} KiB (load avg {MachineLoad.Now()}).");
        output.WriteLine("| step | ms |");
        output.WriteLine("|---|---:|");
        for (var i = 0; i < steps.Length; i++)
            output.WriteLine($"| {steps[i].Name} | {medians[i]:N1} |");
    }

    /// <summary>The query the agreement loader runs, reading the text without turning it into objects.</summary>
    private static async Task<List<string>> ReadStatesAsync(NpgsqlDataSource dataSource, Guid[] ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT data::text FROM {FollowUpTables.AgreementDocuments} WHERE id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var states = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            states.Add(reader.GetString(0));
        return states;
    }

    private static async Task<int> ReadFlatKpisAsync(NpgsqlDataSource dataSource, Guid[] ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT agreement_id, code, name, status, latest_period, latest_value, progress, expected_progress FROM {FollowUpTables.KpiTable} WHERE agreement_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows++;
        return rows;
    }
}
