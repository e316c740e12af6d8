using AgreementTracker.Agreements.Audit;
using AgreementTracker.Api.Mutations;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Audit;
using AgreementTracker.ReadModels.Organisations;
using JasperFx.Events;
using Marten;

namespace AgreementTracker.Api.Audit;

/// <summary>
/// Audit entries for events just read from a stream, built the way the (asynchronous) timeline builds them, for
/// answers that cannot wait for it: a mutation's events, a subscription's change, the events between two dates.
/// </summary>
public sealed class AuditTrail(IDocumentStore store, OrganisationReader organisations)
{
    /// <summary>The entries of the events a change appended.</summary>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(AppendedEvents appended, CancellationToken ct)
    {
        if (appended.ToVersion < appended.FromVersion)
            return [];
        await using var session = store.QuerySession();
        var stream = await session.Events.FetchStreamAsync(appended.StreamId, version: appended.ToVersion, token: ct);
        return await EntriesAsync(stream, appended.FromVersion, ct);
    }

    /// <summary>For a caller that already read the stream: the entries of its events from <paramref name="fromVersion"/> on.</summary>
    /// <param name="stream">One stream's events from its first, oldest first.</param>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(IReadOnlyList<IEvent> stream, long fromVersion, CancellationToken ct)
    {
        var earlier = stream.Where(e => e.Version < fromVersion).Select(e => e.Data).ToList();
        var appended = stream.Where(e => e.Version >= fromVersion).ToList();
        if (appended.Count == 0)
            return [];
        var names = await organisations.NamesAsync(ct);
        await using var session = store.QuerySession();
        var hashes = await ChainHashes.ReadAsync(session, appended, ct);
        var events = appended.Select(AuditTimeline.Audited).ToList();
        string? NameOf(OrganisationId id) => names.GetValueOrDefault(id);

        var changes = new AuditedChanges(NameOf);
        return events[0].Data is IAgreementEvent
            ? Entries(events, Agreement.Fold(null, earlier), Agreement.Evolve, (e, before, after) =>
                AuditEntries.ForAgreement(e, before, changes.OfAgreement(e.StreamId, before, after), NameOf, hashes[e.Sequence]))
            : Entries(events, Organisation.Fold(null, earlier), Organisation.Evolve, (e, before, after) =>
                AuditEntries.ForOrganisation(e, changes.OfOrganisation(e.StreamId, before, after), NameOf, hashes[e.Sequence]));
    }

    private static List<AuditEntry> Entries<TState>(
        IReadOnlyList<AuditedEvent> events, TState? state, Func<TState?, object, TState> evolve, Func<AuditedEvent, TState?, TState, AuditEntry> entry)
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
