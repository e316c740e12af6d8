using AgreementTracker.Commands;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Audit;
using Npgsql;

namespace AgreementTracker.Api.Audit;

/// <summary>
/// Audit entries for events just read from a stream, built the way the (asynchronous) timeline builds them, for
/// answers that cannot wait for it: a mutation's events, a subscription's change, the events between two dates.
/// </summary>
public sealed class AuditTrail(StreamStore store)
{
    /// <param name="events">Consecutive events of one stream, oldest first.</param>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        if (events.Count == 0)
            return [];
        var streamId = events[0].StreamId;
        var earlier = events[0].Version > 1
            ? await store.FetchStreamAsync(streamId, toVersion: events[0].Version - 1, cancellationToken: ct)
            : [];
        var names = await OrganisationNames.LoadAsync(store.DataSource, ct);
        var hashes = await HashesAsync(events, ct);
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

    private async Task<Dictionary<long, byte[]>> HashesAsync(IReadOnlyList<EventEnvelope> events, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("SELECT seq, hash FROM eventstore.events WHERE seq = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Sequence).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var hashes = new Dictionary<long, byte[]>(events.Count);
        while (await reader.ReadAsync(ct))
            hashes[reader.GetInt64(0)] = reader.GetFieldValue<byte[]>(1);
        return hashes;
    }
}
