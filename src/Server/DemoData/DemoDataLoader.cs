using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.EventStore;
using Npgsql;

namespace AgreementTracker.Server.DemoData;

/// <summary>
/// Imports a demo data set through the event store's write path, each command's events with the actor, reason and
/// original time the generator gave them, so time travel over the demo shows its history. Loading again writes
/// nothing, and an interrupted load resumes where it stopped.
/// </summary>
/// <remarks>
/// Every event is its own command with its own time, and a session stamps one time on all it writes, so the import
/// cannot batch: it is a million small appends for the national-size set. Three things keep that fast. Several
/// streams are written at once. The import's connections commit asynchronously (a crash can lose the last moment
/// of the import, never part of a command, and loading again resumes). And the import store has no projections:
/// the served store's inline read models, which would rewrite an agreement's rows on every one of its events, are
/// rebuilt from all events at the end, in large batches (the asynchronous ones the daemon brings up as usual).
/// </remarks>
public static class DemoDataLoader
{
    /// <summary>Streams written at the same time; each stream is written in order by one of them.</summary>
    private const int Writers = 16;

    /// <param name="Importing">Time spent writing events.</param>
    /// <param name="Rebuilding">Time spent rebuilding <paramref name="ProjectionsRebuilt"/> afterwards.</param>
    public sealed record Loaded(
        long Streams, long EventsWritten, long EventsAlreadyThere, TimeSpan Importing, IReadOnlyList<string> ProjectionsRebuilt, TimeSpan Rebuilding)
    {
        public TimeSpan Elapsed => Importing + Rebuilding;
    }

    /// <param name="served">The store the server serves from: its inline read models that the import leaves out are rebuilt.</param>
    /// <param name="connectionString">The database of <paramref name="served"/>.</param>
    public static async Task<Loaded> LoadAsync(StreamStore served, string connectionString, DemoDataSet set, ILogger logger, CancellationToken ct)
    {
        await using var importSource = ImportDataSource(connectionString);
        var importStore = new StreamStore(importSource, WithoutProjections(served.Options));
        var progress = new LoadProgress(set, logger);
        using (var reporting = CancellationTokenSource.CreateLinkedTokenSource(ct))
        {
            var reporter = progress.ReportUntilCancelledAsync(reporting.Token);
            try
            {
                await WriteAsync(new DemoStreamImport(importStore, progress), set.Streams, ct);
            }
            finally
            {
                await reporting.CancelAsync();
                await reporter;
            }
        }
        var importing = progress.Elapsed;
        var rebuilding = Stopwatch.StartNew();
        var rebuilt = progress.EventsWritten > 0 ? await RebuildInlineAsync(served, logger, ct) : [];
        return new Loaded(progress.Streams, progress.EventsWritten, progress.EventsAlreadyThere, importing, rebuilt, rebuilding.Elapsed);
    }

    /// <summary>The served store's event types, and no projections: an append then needs no transaction of its own.</summary>
    private static EventStoreOptions WithoutProjections(EventStoreOptions served)
    {
        var options = new EventStoreOptions(served.Clock) { MaxEventSizeBytes = served.MaxEventSizeBytes };
        foreach (var type in served.Events.All)
            options.Events.Register(type.ClrType, type.Name, type.SchemaVersion);
        return options;
    }

    private static NpgsqlDataSource ImportDataSource(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        builder.Options = $"{builder.Options} -c synchronous_commit=off".Trim();
        return NpgsqlDataSource.Create(builder);
    }

    /// <summary>
    /// Organisations first, one after the other (the generator yields them first), so every agreement event is
    /// written after the organisations it names; then agreements, several at once, each by one writer.
    /// </summary>
    private static async Task WriteAsync(DemoStreamImport import, IEnumerable<DemoStream> streams, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queue = Channel.CreateBounded<DemoStream>(new BoundedChannelOptions(Writers * 2) { SingleWriter = true });
        var tasks = new List<Task>
        {
            StoppingAllOnFailure(stop, async () =>
            {
                try
                {
                    foreach (var stream in streams)
                    {
                        if (stream.Kind == StreamKind.Organisation)
                            await import.ImportAsync(stream, stop.Token);
                        else
                            await queue.Writer.WriteAsync(stream, stop.Token);
                    }
                }
                finally
                {
                    queue.Writer.Complete();
                }
            }),
        };
        tasks.AddRange(Enumerable.Range(0, Writers).Select(_ => StoppingAllOnFailure(stop, async () =>
        {
            await foreach (var stream in queue.Reader.ReadAllAsync(stop.Token))
                await import.ImportAsync(stream, stop.Token);
        })));

        try
        {
            await Task.WhenAll(tasks);
        }
        catch when (!ct.IsCancellationRequested)
        {
            var cause = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).FirstOrDefault(e => e is not OperationCanceledException);
            if (cause is not null)
                ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    private static Task StoppingAllOnFailure(CancellationTokenSource stop, Func<Task> work) => Task.Run(async () =>
    {
        try
        {
            await work();
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    });

    /// <summary>Rebuilds the served store's inline read models, which the import did not keep up to date.</summary>
    private static async Task<IReadOnlyList<string>> RebuildInlineAsync(StreamStore served, ILogger logger, CancellationToken ct)
    {
        var leftOut = served.Options.Projections.Inline.Select(p => p.Name).ToList();
        foreach (var name in leftOut)
        {
            logger.LogInformation("Demo data: rebuilding the read model {Projection} from all events", name);
            var result = await served.Projections.RebuildAsync(name, new RebuildProgressLog(logger), ct);
            logger.LogInformation("Demo data: read model {Projection} rebuilt from {Events:N0} events", name, result.EventsReplayed);
        }
        return leftOut;
    }
}
