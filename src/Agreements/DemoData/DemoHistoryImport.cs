using System.Collections.Concurrent;
using AgreementTracker.Deadlines;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.DemoData;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Audit;
using JasperFx.Events;
using Marten;
using Wolverine;
using Wolverine.Marten.Publishing;
using Wolverine.Runtime;

namespace AgreementTracker.Agreements.DemoData;

/// <summary>
/// Writes demo history as it happened: every event at its own time, by its own author, for its own reason, with one
/// correlation id per command. Whole streams go in large transactions (a stream is all there or not at all), so a load
/// that was interrupted resumes where the database stands, and loading again adds nothing.
/// </summary>
public static class DemoHistoryImport
{
    public const int DefaultEventsPerTransaction = 5_000;

    /// <summary>
    /// Transactions written at once. With one, .NET and PostgreSQL take turns: the next transaction is built and
    /// serialised only after the last one has committed. Streams in different transactions share no rows, so two can
    /// be in flight without waiting on each other.
    /// </summary>
    public const int DefaultWriters = 2;

    public sealed record Progress(long Streams, long EventsWritten, long StreamsAlreadyThere);

    /// <summary>
    /// Where the imported agreements' deadlines go: Wolverine's outbox in the transaction of their events, each
    /// agreement's deadlines as of the clock's today (the ones already stale then are left out, and those already due
    /// that only notify write their notifications with the events; see <see cref="DeadlineSchedule.ForImport"/>).
    /// </summary>
    public sealed record DeadlineOutbox(OutboxedSessionFactory Sessions, IWolverineRuntime Wolverine, TimeProvider Clock);

    /// <param name="deadlines">Null to import the events alone (no deadlines are scheduled).</param>
    public static async Task<Progress> ImportAsync(
        IDocumentStore store, IEnumerable<DemoStream> streams, DeadlineOutbox? deadlines = null, IProgress<Progress>? progress = null,
        int eventsPerTransaction = DefaultEventsPerTransaction, int writers = DefaultWriters, CancellationToken ct = default)
    {
        var done = new Progress(0, 0, 0);
        var counting = new Lock();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = writers, CancellationToken = ct };
        // The organisations come first, so their names are known (for the notifications' text) before any agreement's.
        var names = new ConcurrentDictionary<OrganisationId, string>();
        await Parallel.ForEachAsync(Batches(streams.Select(s => NamesOf(s, names)), eventsPerTransaction), parallel, async (batch, token) =>
        {
            var (written, existing) = await WriteAsync(store, batch, deadlines, names, token);
            lock (counting)
            {
                done = new Progress(done.Streams + batch.Count, done.EventsWritten + written, done.StreamsAlreadyThere + existing);
                progress?.Report(done);
            }
        });
        return done;
    }

    private static DemoStream NamesOf(DemoStream stream, ConcurrentDictionary<OrganisationId, string> names)
    {
        if (stream.Kind == StreamKind.Organisation && Organisation.Fold(null, stream.Events.Select(e => e.Data)) is { } organisation)
            names[organisation.Id] = organisation.Name;
        return stream;
    }

    private static async Task<(long Written, long Existing)> WriteAsync(
        IDocumentStore store, List<DemoStream> batch, DeadlineOutbox? deadlines, IReadOnlyDictionary<OrganisationId, string> names, CancellationToken ct)
    {
        // A message context of its own per transaction: a context's outbox is flushed once, at the first commit.
        var bus = deadlines is null ? null : new MessageContext(deadlines.Wolverine);
        await using var session = bus is null ? store.LightweightSession() : deadlines!.Sessions.OpenSession(bus);
        var ids = batch.Select(s => s.Id).ToArray();
        var existing = (await session.QueryAsync<Guid>(
            $"SELECT id FROM {AgreementsModule.Schema}.mt_streams WHERE id = ANY(?)", ct, ids)).ToHashSet();
        var written = 0L;
        foreach (var stream in batch.Where(s => !existing.Contains(s.Id)))
        {
            var events = ImportedEvents(session, stream).ToArray();
            if (stream.Kind == StreamKind.Agreement)
            {
                session.Events.StartStream<AgreementState>(stream.Id, events);
                if (bus is not null)
                {
                    var imported = DeadlineSchedule.ForImport(Agreement.Fold(null, stream.Events.Select(e => e.Data))!, deadlines!.Clock.GetUtcNow(), names);
                    imported.QueueFired(session);
                    foreach (var deadline in imported.Scheduled)
                        await bus.PublishAsync(deadline);
                }
            }
            else
                session.Events.StartStream<OrganisationState>(stream.Id, events);
            written += events.Length;
        }
        await session.SaveChangesAsync(ct);
        return (written, existing.Count);
    }

    private static IEnumerable<IEvent> ImportedEvents(IDocumentSession session, DemoStream stream)
    {
        var commandStart = 0;
        for (var i = 0; i < stream.Events.Count; i++)
        {
            var e = stream.Events[i];
            if (i > 0 && !SameCommand(stream.Events[i - 1], e))
                commandStart = i;
            var imported = session.Events.BuildEvent(e.Data).AtTimestamp(e.Timestamp);
            imported.UserName = e.Actor.Identity;
            imported.CorrelationId = $"demo-{stream.Id:N}-{commandStart}";
            if (e.Reason is not null)
                imported.SetHeader(AuditedEvent.ReasonHeader, e.Reason);
            yield return imported;
        }
    }

    /// <summary>Consecutive events by one author at one moment for one reason are one command's.</summary>
    private static bool SameCommand(DemoEvent a, DemoEvent b) => a.Actor == b.Actor && a.Timestamp == b.Timestamp && a.Reason == b.Reason;

    /// <summary>Whole streams, in order, in groups of at least <paramref name="eventsPerTransaction"/> events (the last may have fewer).</summary>
    public static IEnumerable<List<DemoStream>> Batches(IEnumerable<DemoStream> streams, int eventsPerTransaction = DefaultEventsPerTransaction)
    {
        var batch = new List<DemoStream>();
        var events = 0;
        foreach (var stream in streams)
        {
            batch.Add(stream);
            events += stream.Events.Count;
            if (events < eventsPerTransaction)
                continue;
            yield return batch;
            (batch, events) = ([], 0);
        }
        if (batch.Count > 0)
            yield return batch;
    }
}
