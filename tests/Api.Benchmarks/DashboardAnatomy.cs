using System.Diagnostics;
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
/// objects, assessing their KPIs, and the whole request over HTTP (the rest is GraphQL execution and serialisation).
/// Next to it, the same KPI figures read from the flat KPI table the follow-up projection keeps.
/// </summary>
internal static class DashboardAnatomy
{
    private const int Runs = 5;

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
        var portfolioSql = await MedianAsync(() => portfolios.LoadAsync(largest.OrganisationId, ct));
        var statesSql = await MedianAsync(async () => states = await ReadStatesAsync(dataSource, ids, ct));
        var deserialise = await MedianAsync(() => Task.FromResult(states.Select(AgreementStateJson.Deserialize).ToList()));
        var parsed = states.Select(AgreementStateJson.Deserialize).ToList();
        var assess = await MedianAsync(() => Task.FromResult(parsed.Select(s => KpiFulfilment.AssessAll(s, today)).ToList()));
        var flatKpis = await MedianAsync(() => ReadFlatKpisAsync(dataSource, ids, ct));
        var answerBytes = 0;
        var request = await MedianAsync(async () => answerBytes = (await client.PostAsync(body, ct)).Body.Length);
        var measured = portfolioSql + statesSql + deserialise + assess;

        output.WriteLine();
        output.WriteLine($"Anatomy of one dashboard request, alone, median of {Runs}: the largest portfolio, {ids.Length} agreements " +
                         $"with {parsed.Sum(s => s.Kpis.Count):N0} KPIs; jsonb states {states.Sum(s => s.Length) / 1024.0 / 1024.0:N1} MiB as text, " +
                         $"answer {answerBytes / 1024.0:N0} KiB (load avg {MachineLoad.Now()}).");
        output.WriteLine("| step | ms |");
        output.WriteLine("|---|---:|");
        output.WriteLine($"| SQL: the portfolio (agreement ids, totals) | {portfolioSql.TotalMilliseconds:N1} |");
        output.WriteLine($"| SQL: the agreements' jsonb states | {statesSql.TotalMilliseconds:N1} |");
        output.WriteLine($"| resolvers: states from JSON to objects | {deserialise.TotalMilliseconds:N1} |");
        output.WriteLine($"| resolvers: every KPI assessed on today | {assess.TotalMilliseconds:N1} |");
        output.WriteLine($"| rest: GraphQL execution, JSON answer, HTTP | {(request - measured).TotalMilliseconds:N1} |");
        output.WriteLine($"| **whole request** | **{request.TotalMilliseconds:N1}** |");
        output.WriteLine($"| for comparison, SQL: the same KPIs' status, latest value and progress from the flat table {AgreementFollowUpProjection.KpiTable} | {flatKpis.TotalMilliseconds:N1} |");
    }

    private static async Task<TimeSpan> MedianAsync<T>(Func<Task<T>> step)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await step();
            times.Add(stopwatch.Elapsed);
        }
        times.Sort();
        return times[Runs / 2];
    }

    /// <summary>The query the agreement loader runs, reading the text without turning it into objects.</summary>
    private static async Task<List<string>> ReadStatesAsync(NpgsqlDataSource dataSource, Guid[] ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT state::text FROM {AgreementFollowUpProjection.SummaryTable} WHERE id = ANY($1)");
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
            $"SELECT agreement_id, code, name, status, latest_period, latest_value, progress, expected_progress FROM {AgreementFollowUpProjection.KpiTable} WHERE agreement_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows++;
        return rows;
    }
}
