using System.Diagnostics;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Portfolios;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AgreementTracker.Api.Benchmarks;

/// <summary>
/// Where one dashboard request's time goes, measured one step at a time with no other request running, for the
/// municipality with the largest portfolio: the SQL the resolvers run when nothing is kept (the portfolio's totals, its
/// flat KPI rows, that page's agreements), the same answered from the kept portfolio, and the whole request over HTTP. Next to it, what the dashboard cost when
/// the contract returned every agreement whole: reading every agreement's jsonb state.
/// </summary>
internal static class DashboardAnatomy
{
    private const int WarmUpRounds = 3;
    private const int Rounds = 7;
    private const int PageSize = 20;

    public static async Task RunAsync(TextWriter output, IServiceProvider services, GraphQLClient client, BenchmarkTargets targets, CancellationToken ct)
    {
        var portfolios = services.GetRequiredService<PortfolioReader>();
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var unkept = new PortfolioReader(dataSource);
        var agreements = services.GetRequiredService<AgreementReader>();
        var all = await portfolios.LoadManyAsync(targets.MunicipalityIds.Select(Guid.Parse).ToList(), ct);
        var largest = all.Values.MaxBy(p => p.AgreementIds.Count)!;
        var body = GraphQLClient.Body(Scenarios.MunicipalityDashboard, new { id = largest.OrganisationId.ToString() });
        var page = await portfolios.KpisAsync(largest.OrganisationId, [], _ => (0, PageSize), ct);
        var pageAgreements = page.Items.Select(k => k.AgreementId).Distinct().ToList();
        var stateBytes = 0L;
        var answerBytes = 0;

        var steps = new (string Name, Func<Task> Run)[]
        {
            ("SQL: the portfolio (agreement ids, KPI health, totals)", () => unkept.LoadAsync(largest.OrganisationId, ct)),
            ($"SQL: every KPI row, those behind the line first, for the first {PageSize}", () => unkept.KpisAsync(largest.OrganisationId, [], _ => (0, PageSize), ct)),
            ($"kept: the portfolio and the first {PageSize} KPI rows", () => Task.WhenAll(
                portfolios.LoadAsync(largest.OrganisationId, ct), portfolios.KpisAsync(largest.OrganisationId, [], _ => (0, PageSize), ct))),
            ($"SQL: that page's {pageAgreements.Count} agreements (held parsed; only their versions are read)", () => agreements.LoadManyAsync(pageAgreements, ct)),
            ("whole request over HTTP", async () => answerBytes = (await client.PostAsync(body, ct)).Body.Length),
            ("for comparison, SQL: every agreement's jsonb state, as the contract read them before it was paged",
                async () => stateBytes = await ReadStatesAsync(dataSource, largest.AgreementIds.ToArray(), ct)),
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
        output.WriteLine($"Anatomy of one dashboard request, alone, median of {Rounds} rounds after {WarmUpRounds} to warm up: the largest portfolio, " +
                         $"{largest.AgreementIds.Count} agreements with {page.TotalCount:N0} KPIs (jsonb states {stateBytes / 1024.0 / 1024.0:N1} MiB as text); " +
                         $"answer {answerBytes / 1024.0:N1} KiB (load avg {MachineLoad.Now()}).");
        output.WriteLine("| step | ms |");
        output.WriteLine("|---|---:|");
        for (var i = 0; i < steps.Length; i++)
            output.WriteLine($"| {steps[i].Name} | {medians[i]:N1} |");
    }

    /// <summary>The agreements' states as text, without turning them into objects; the bytes read.</summary>
    private static async Task<long> ReadStatesAsync(NpgsqlDataSource dataSource, Guid[] ids, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand($"SELECT data::text FROM {FollowUpTables.AgreementDocuments} WHERE id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var bytes = 0L;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            bytes += reader.GetString(0).Length;
        return bytes;
    }
}
