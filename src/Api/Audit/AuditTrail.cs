using AgreementTracker.Commands;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Audit;

namespace AgreementTracker.Api.Audit;

/// <summary>
/// Audit entries for events just read from a stream, built the way the (asynchronous) timeline builds them, for
/// answers that cannot wait for it: a mutation's events, a subscription's change, the events between two dates.
/// </summary>
public sealed class AuditTrail(StreamStore store)
{
    /// <param name="events">Consecutive events of one stream, oldest first; the events before them are read from the store.</param>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return [];
        var earlier = events[0].Version > 1
            ? await store.FetchStreamAsync(events[0].StreamId, toVersion: events[0].Version - 1, cancellationToken: ct)
            : [];
        return await EntriesAsync(earlier, events, ct);
    }

    /// <summary>For a caller that already read the stream: the entries of its events from <paramref name="fromVersion"/> on.</summary>
    /// <param name="stream">One stream's events from its first, oldest first.</param>
    public Task<IReadOnlyList<AuditEntry>> EntriesAsync(IReadOnlyList<EventEnvelope> stream, long fromVersion, CancellationToken ct)
    {
        var skipped = (int)Math.Clamp(fromVersion - 1, 0, stream.Count);
        return EntriesAsync(stream.Take(skipped).ToList(), stream.Skip(skipped).ToList(), ct);
    }

    private async Task<IReadOnlyList<AuditEntry>> EntriesAsync(IReadOnlyList<EventEnvelope> earlier, IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return [];
        var names = await OrganisationNames.LoadAsync(store.DataSource, ct);
        await using var hashQuery = store.DataSource.CreateCommand(EventHashes.Sql);
        var hashes = await EventHashes.ReadAsync(hashQuery, events, ct);
        string? NameOf(OrganisationId id) => names.GetValueOrDefault(id);

        return events[0].Data is IAgreementEvent
            ? Entries(events, Agreement.Fold(null, earlier.Select(e => e.Data)), Agreement.Evolve,
                (e, before, after) => AuditEntries.ForAgreement(e, before, after, NameOf, hashes[e.Sequence]))
            : Entries(events, Organisation.Fold(null, earlier.Select(e => e.Data)), Organisation.Evolve,
                (e, before, after) => AuditEntries.ForOrganisation(e, before, after, NameOf, hashes[e.Sequence]));
    }

    private static List<AuditEntry> Entries<TState>(
        IReadOnlyList<EventEnvelope> events, TState? state, Func<TState?, object, TState> evolve, Func<EventEnvelope, TState?, TState, AuditEntry> entry)
        where TState : class
    {
        var entries = new List<AuditEntry>(events.Count);
        foreach (var e in events)
        {
            var after = evolve(state, e.Data);
            entries.Add(entry(e, state, after));
            state = after;
        }
        return entries;
    }
}
