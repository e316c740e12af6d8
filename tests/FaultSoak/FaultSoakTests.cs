using AgreementTracker.FaultSoak.Report;
using Xunit.Abstractions;

namespace AgreementTracker.FaultSoak;

/// <summary>
/// The soak for a minute: two server processes on one PostgreSQL, a node killed with SIGKILL every 20 seconds and
/// PostgreSQL restarted in immediate mode once, 20 clients retrying lost answers. No timing is asserted; what the
/// database holds afterwards is. About two minutes with the start and the checks.
/// </summary>
public sealed class FaultSoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_minute_of_kills_and_a_database_crash_loses_and_duplicates_nothing_and_every_check_holds()
    {
        var options = new SoakOptions { Duration = TimeSpan.FromSeconds(60), Clients = 20, KillEvery = TimeSpan.FromSeconds(20) };

        var result = await SoakRun.RunAsync(options, output.WriteLine);

        var report = new StringWriter();
        SoakReport.Write(report, result);
        output.WriteLine(report.ToString());
        // Faults strike on the soak's clock; on a busy machine a node's restart can take long enough that fewer kills fit in.
        Assert.True(result.Kills >= 1, "No node was killed.");
        Assert.Contains(result.Faults, f => f.What.StartsWith("PostgreSQL", StringComparison.Ordinal));
        Assert.Equal(0, result.Writes.Lost);
        Assert.Equal(0, result.Writes.Duplicated);
        Assert.True(result.Writes.Checked > 0, "The clients acknowledged no mutation.");
        Assert.True(result.Deadlines.Holds, report.ToString());
        Assert.True(result.Deadlines.Handled > 0, "No deadline fell due during the soak.");
        Assert.True(result.Projections.Equal, result.Projections.Output);
        Assert.True(result.History.IsIntact, result.History.FirstBrokenLink?.ToString());
        Assert.Empty(result.NodesThatDied);
    }
}
