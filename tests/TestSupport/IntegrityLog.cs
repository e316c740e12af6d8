using System.Diagnostics;
using AgreementTracker.Integrity.Log;
using Npgsql;
using Xunit;

namespace AgreementTracker.TestSupport;

public static class IntegrityLog
{
    /// <summary>
    /// Extends the log until it holds <paramref name="expected"/> entries: write transactions in flight anywhere on the
    /// server (other test classes' databases too) hold back what is stable, for as long as they run.
    /// </summary>
    public static async Task ExtendUntilAsync(NpgsqlDataSource dataSource, long expected)
    {
        var waiting = Stopwatch.StartNew();
        while (await TransparencyLog.ExtendAsync(dataSource) < expected)
        {
            Assert.True(waiting.Elapsed < TimeSpan.FromSeconds(30), $"the log did not reach {expected} entries in 30 s");
            await Task.Delay(20);
        }
    }
}
