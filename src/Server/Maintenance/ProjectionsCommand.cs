using System.Diagnostics;
using System.Globalization;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.Server.Hosting;

namespace AgreementTracker.Server.Maintenance;

/// <summary>
/// <c>projections list | rebuild &lt;name|all&gt; | check [name|all]</c>: operate on the read models of the database the
/// server would use, while other servers keep serving. A check that finds a difference exits with code 2.
/// </summary>
public static class ProjectionsCommand
{
    public const string Name = "projections";

    public const string Usage = """
        Usage: AgreementTracker.Server projections <action> [options]

        Actions:
          list               Every projection, inline or async, with its lag.
          rebuild <name|all> Rebuild from the first event while the server keeps taking writes, then swap in.
          check [name|all]   Rebuild into scratch tables and compare with the live tables (default: all).
                             Exit code 2 when a projection differs.

        Options are the server's (--connection, --data, --Section:Key=value); see --help.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        var (action, target, serverArgs) = Parse(args);
        await using var app = await ServerApp.BuildAsync(["--Projections:RunDaemon=false", "--Messaging:RunRunner=false", .. serverArgs], ct: ct);
        await using var database = app.Services.GetRequiredService<ServerDatabase>();
        var store = app.Services.GetRequiredService<StreamStore>();
        var names = store.Options.Projections.Names.Order(StringComparer.Ordinal).ToList();
        var chosen = target is null or "all" ? names : [target];
        try
        {
            return action switch
            {
                "list" => await ListAsync(store, output, ct),
                "rebuild" => await RebuildAsync(store, chosen, output, ct),
                _ => await CheckAsync(store, chosen, app.Services.GetRequiredService<TimeProvider>(), output, ct),
            };
        }
        catch (Exception e) when (e is ArgumentException or ProjectionBusyException or ProjectionReplayException)
        {
            await errors.WriteLineAsync($"projections {action}: {e.Message}");
            return 1;
        }
    }

    private static (string Action, string? Target, string[] ServerArgs) Parse(string[] args)
    {
        var rest = args.Skip(1).ToList();
        var action = rest.FirstOrDefault();
        if (action is not ("list" or "rebuild" or "check"))
            throw new CommandLineException($"'{Name}' needs an action: list, rebuild or check.\n\n{Usage}");
        rest.RemoveAt(0);
        var target = rest.FirstOrDefault() is { } first && !first.StartsWith("--", StringComparison.Ordinal) ? first : null;
        if (target is not null)
            rest.RemoveAt(0);
        if (action == "rebuild" && target is null)
            throw new CommandLineException("Which projection should be rebuilt? Give its name or 'all' (see 'projections list').");
        return (action, target, rest.ToArray());
    }

    private static async Task<int> ListAsync(StreamStore store, TextWriter output, CancellationToken ct)
    {
        var statuses = (await store.Projections.GetStatusAsync(ct)).ToDictionary(s => s.Name);
        foreach (var name in store.Options.Projections.Names.Order(StringComparer.Ordinal))
        {
            var line = statuses.TryGetValue(name, out var s)
                ? $"{name,-28} async   lag {s.LagEvents.ToString("N0", CultureInfo.InvariantCulture)} events" + (s.IsStalled ? "  STALLED" : "")
                : $"{name,-28} inline  always current";
            await output.WriteLineAsync(line);
        }
        return 0;
    }

    private static async Task<int> RebuildAsync(StreamStore store, IReadOnlyList<string> names, TextWriter output, CancellationToken ct)
    {
        foreach (var name in names)
        {
            var watch = Stopwatch.StartNew();
            var result = await store.Projections.RebuildAsync(name, new ConsoleProgress(output), ct);
            await output.WriteLineAsync($"{name}: rebuilt from {result.EventsReplayed.ToString("N0", CultureInfo.InvariantCulture)} events in {watch.Elapsed.TotalSeconds:N1} s");
        }
        return 0;
    }

    private static async Task<int> CheckAsync(StreamStore store, IReadOnlyList<string> names, TimeProvider clock, TextWriter output, CancellationToken ct)
    {
        // The follow-up rows are assessed on a date; bring them to today first, so they are compared with a rebuild made today.
        var today = Today.On(clock);
        var refreshed = await FollowUpRefresh.RefreshAsync(store.DataSource, today, ct);
        if (refreshed > 0)
            await output.WriteLineAsync($"Re-assessed {refreshed} agreements on {today:dd-MM-yyyy} before comparing.");
        var consistent = true;
        foreach (var name in names)
        {
            var report = await store.Projections.CheckConsistencyAsync(name, new ConsoleProgress(output), ct);
            await output.WriteLineAsync(report.ToString());
            consistent &= report.Consistent;
        }
        return consistent ? 0 : 2;
    }

    /// <summary>A line at most every two seconds, so a long rebuild shows it is moving without flooding the terminal.</summary>
    private sealed class ConsoleProgress(TextWriter output) : IProgress<ProjectionRebuildProgress>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();

        public void Report(ProjectionRebuildProgress value)
        {
            if (_sinceLast.Elapsed < TimeSpan.FromSeconds(2) || value.EventsTotal == 0)
                return;
            _sinceLast.Restart();
            var percent = 100.0 * value.EventsReplayed / value.EventsTotal;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.Projection}: {value.EventsReplayed:N0} of {value.EventsTotal:N0} events ({percent:N0} %)"));
        }
    }
}
