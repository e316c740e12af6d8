using AgreementTracker.FaultSoak.Load;
using AgreementTracker.TestSupport;

namespace AgreementTracker.FaultSoak.Report;

/// <summary>A run's figures and checks as Markdown tables, ready for the README.</summary>
internal static class SoakReport
{
    private const string Dashboard = "dashboard";
    private static readonly TimeSpan LongestWindow = TimeSpan.FromSeconds(20);

    public static void Write(TextWriter output, SoakResult r)
    {
        var mutations = r.Outcomes.Where(o => o.Request.IsMutation).ToList();
        output.WriteLine();
        output.WriteLine($"Fault soak: {r.Options.Clients} clients for {r.LoadTime.TotalSeconds:N0} s, " +
                         (r.Options.Faults ? $"a node killed every {r.Options.KillEvery.TotalSeconds:N0} s and PostgreSQL restarted once" : "no faults") +
                         $", {(r.Options.DemoAgreements is { } n ? $"national demo set ({n} agreements)" : "North Jutland demo set")}, load average {r.LoadAverage}");
        output.WriteLine();
        output.WriteLine("| requests | acknowledged | refused | conflicts | retried | given up | kills | PostgreSQL restarts | lost | duplicated |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        output.WriteLine($"| {r.Outcomes.Count:N0} | {Count(r.Outcomes, AnswerKind.Acknowledged):N0} | {Count(r.Outcomes, AnswerKind.Refused):N0} | " +
                         $"{Count(r.Outcomes, AnswerKind.Conflict):N0} | {r.Outcomes.Count(o => o.Retried):N0} | {r.Outcomes.Count(o => o.GaveUp):N0} | " +
                         $"{r.Kills} | {r.Faults.Count - r.Kills} | **{r.Writes.Lost}** | **{r.Writes.Duplicated}** |");
        Failures(output, r.Outcomes);
        Operations(output, r, mutations);
        AroundFaults(output, r);
        Checks(output, r);
        LoggedErrors(output, r);
    }

    /// <summary>Not a check (a killed node's cut connections are logged as errors too), but where an unexplained failure's cause is.</summary>
    private static void LoggedErrors(TextWriter output, SoakResult r)
    {
        output.WriteLine();
        output.WriteLine($"Errors the nodes logged: {r.NodeErrors.Sum(e => e.Count):N0} in {r.NodeErrors.Count:N0} kinds{(r.NodeErrors.Count > 0 ? "; each kind once, most frequent first:" : ".")}");
        foreach (var (sample, count) in r.NodeErrors.Take(12))
            output.WriteLine($"- {count:N0} × {sample}");
    }

    private static void Failures(TextWriter output, IReadOnlyList<Outcome> outcomes)
    {
        var failures = outcomes.SelectMany(o => o.Failures).GroupBy(f => f).OrderByDescending(g => g.Count()).ToList();
        output.WriteLine();
        output.WriteLine("| attempts failed, by kind (each sent again) | count |");
        output.WriteLine("|---|---:|");
        foreach (var failure in failures)
            output.WriteLine($"| {failure.Key} | {failure.Count():N0} |");
        if (failures.Count == 0)
            output.WriteLine("| none | 0 |");
        foreach (var refusal in outcomes.Where(o => o.Final.Kind == AnswerKind.Refused).GroupBy(o => $"{o.Request.Operation}: {o.Final.Failure}"))
            output.WriteLine($"| (refused, not sent again) {refusal.Key} | {refusal.Count():N0} |");
    }

    private static void Operations(TextWriter output, SoakResult r, IReadOnlyList<Outcome> mutations)
    {
        output.WriteLine();
        output.WriteLine("| operation | requests | acknowledged | refused | conflicts | retried | answered/s | p50 ms | p95 ms | p99 ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var rows = r.Outcomes.GroupBy(o => o.Request.Operation).OrderBy(g => g.Key).Select(g => (g.Key, (IReadOnlyList<Outcome>)g.ToList()))
            .Append(("**all writes**", mutations))
            .Append(($"**{Dashboard} (query)**", r.Outcomes.Where(o => o.Request.Operation == Dashboard).ToList()));
        foreach (var (name, group) in rows)
        {
            var latencies = Latencies(group);
            output.WriteLine($"| {name} | {group.Count:N0} | {Count(group, AnswerKind.Acknowledged):N0} | {Count(group, AnswerKind.Refused):N0} | " +
                             $"{Count(group, AnswerKind.Conflict):N0} | {group.Count(o => o.Retried):N0} | {(group.Count - group.Count(o => o.GaveUp)) / r.LoadTime.TotalSeconds:N1} | " +
                             $"{latencies.Percentile(0.50):N1} | {latencies.Percentile(0.95):N1} | {latencies.Percentile(0.99):N1} |");
        }
    }

    /// <summary>Every answered request by when it started: in the window before each fault and in the window after it.</summary>
    private static void AroundFaults(TextWriter output, SoakResult r)
    {
        if (r.Faults.Count == 0)
            return;
        var window = r.Options.KillEvery / 2 < LongestWindow ? r.Options.KillEvery / 2 : LongestWindow;
        output.WriteLine();
        output.WriteLine($"| fault | at s | before ({window.TotalSeconds:N0} s): requests, p50 / p95 / p99 ms | after ({window.TotalSeconds:N0} s): requests, p50 / p95 / p99 ms |");
        output.WriteLine("|---|---:|---|---|");
        foreach (var fault in r.Faults)
        {
            string In(TimeSpan from, TimeSpan to)
            {
                var latencies = Latencies(r.Outcomes.Where(o => o.Started >= from && o.Started < to));
                return $"{latencies.Count:N0}: {latencies.Percentile(0.50):N0} / {latencies.Percentile(0.95):N0} / {latencies.Percentile(0.99):N0}";
            }
            output.WriteLine($"| {fault.What} | {fault.At.TotalSeconds:N0} | {In(fault.At - window, fault.At)} | {In(fault.At, fault.At + window)} |");
        }
    }

    private static void Checks(TextWriter output, SoakResult r)
    {
        var w = r.Writes;
        var d = r.Deadlines;
        output.WriteLine();
        output.WriteLine("| check, from the database | result |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| every acknowledged mutation stored exactly once (receipt and events by correlation id) | {Verdict(w.Lost == 0 && w.Duplicated == 0)}: {w.Checked:N0} mutations, {w.Lost} lost, {w.Duplicated} duplicated |");
        output.WriteLine($"| mutations given up (outcome unknown to the client) | {w.GivenUpWritten} written once, {w.GivenUpNotWritten} not written |");
        output.WriteLine($"| every deadline that fell due handled once | {Verdict(d.Holds)}: {d.Handled:N0} handled and still in the inbox, {d.Notifications:N0} notifications, {d.DueWaiting} due and waiting, {d.DeadLetters} dead letters, {d.NotifiedTwice} notified twice, {d.ExpiredTwice} expired twice |");
        output.WriteLine($"| every projection equals a rebuild from zero (`projections check`) | {Verdict(r.Projections.Equal)}: exit code {r.Projections.ExitCode} |");
        output.WriteLine($"| every hash chain verifies | {Verdict(r.History.IsIntact)}: {r.History.EventsVerified:N0} events in {r.History.StreamsVerified:N0} streams{(r.History.FirstBrokenLink is { } b ? $", first broken: {b}" : "")} |");
        output.WriteLine($"| no node exited by itself | {Verdict(r.NodesThatDied.Count == 0)}{(r.NodesThatDied.Count == 0 ? "" : ": " + string.Join(", ", r.NodesThatDied))} |");
        foreach (var problem in w.Problems.Concat(d.Problems))
            output.WriteLine($"  {problem}");
        if (!r.Projections.Equal)
            output.WriteLine(r.Projections.Output);
    }

    private static string Verdict(bool holds) => holds ? "holds" : "**FAILS**";

    private static int Count(IEnumerable<Outcome> outcomes, AnswerKind kind) => outcomes.Count(o => o.Final.Kind == kind);

    private static LatencySamples Latencies(IEnumerable<Outcome> outcomes) =>
        new(outcomes.Where(o => !o.GaveUp).Select(o => o.Latency.TotalMilliseconds));
}
