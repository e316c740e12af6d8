using System.Diagnostics;
using AgreementTracker.Agreements.Audit;
using AgreementTracker.Agreements.DemoData;
using AgreementTracker.Domain.DemoData;
using Marten;
using Npgsql;

namespace AgreementTracker.Agreements.Benchmarks;

/// <summary>
/// The audit timeline built from the first event by Marten's daemon, as after an import or a rebuild: the demo set is
/// imported with the timeline configured but no daemon running, then a daemon catches it up.
/// </summary>
public static class AuditTimelineCatchUp
{
    /// <summary>Only how long the daemon may take before the benchmark gives up on it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromHours(1);

    /// <returns>The events the daemon applied and how long it took.</returns>
    public static async Task<(long Events, TimeSpan Elapsed)> RunAsync(NpgsqlDataSource dataSource, IReadOnlyList<DemoStream> demo, CancellationToken ct)
    {
        await using var store = DocumentStore.For(o =>
        {
            o.Connection(dataSource);
            o.ConfigureAgreements(TimeProvider.System).AddAuditTimeline();
        });
        await store.ApplySchemaAsync(dataSource, ct);
        var imported = await DemoHistoryImport.ImportAsync(store, demo, ct: ct);
        Console.WriteLine($"  imported {imported.EventsWritten:N0} events; the daemon catches the audit timeline up");

        var watch = Stopwatch.StartNew();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        await daemon.WaitForNonStaleData(Patience);
        var elapsed = watch.Elapsed;
        await daemon.StopAllAsync();
        return (imported.EventsWritten, elapsed);
    }
}
