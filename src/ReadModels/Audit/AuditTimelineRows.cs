using System.Data.Common;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// The timeline's work on one batch of events, whichever store delivers them: it reads the timeline's own fold of the
/// streams the events continue, folds each event on into its <see cref="AuditEntry"/>, naming organisations as they
/// are named at that event, and adds the commands that insert the entries and store the states reached. The old
/// store's projection and Marten's write through here, so both keep the same rows.
/// </summary>
public static class AuditTimelineRows
{
    private static readonly UnnestInsert<AuditEntry> Entries = new(
        UnnestInsert<AuditEntry>.Column("position", "bigint", e => e.Position),
        UnnestInsert<AuditEntry>.Column("stream_id", "uuid", e => e.StreamId),
        UnnestInsert<AuditEntry>.Column("version", "bigint", e => e.Version),
        UnnestInsert<AuditEntry>.Column("event", "text", e => e.Event),
        UnnestInsert<AuditEntry>.Column("summary", "text", e => e.Summary),
        UnnestInsert<AuditEntry>.Column("occurred_at", "timestamptz", e => e.OccurredAt.ToUniversalTime()),
        UnnestInsert<AuditEntry>.Column("actor", "text", e => e.Actor),
        UnnestInsert<AuditEntry>.Column("reason", "text", e => e.Reason),
        UnnestInsert<AuditEntry>.Column("correlation_id", "text", e => e.CorrelationId),
        UnnestInsert<AuditEntry>.Column("changes", "jsonb", e => AuditJson.Serialize(e.Changes)),
        UnnestInsert<AuditEntry>.Column("hash", "text", e => e.Hash));

    /// <param name="events">The batch in global order; events of neither an agreement nor an organisation are passed over.</param>
    /// <param name="hashes">The stored hash of each event, by <see cref="AuditedEvent.Sequence"/>.</param>
    /// <param name="query">Runs a read on the caller's connection; it must see the states the batches before this one stored.</param>
    public static async Task WriteAsync(
        NpgsqlBatch batch, AuditTimelineTables tables, IReadOnlyList<AuditedEvent> events, IReadOnlyDictionary<long, byte[]> hashes,
        Func<NpgsqlCommand, CancellationToken, Task<DbDataReader>> query, CancellationToken cancellationToken)
    {
        // All organisations: any agreement event may name any of them.
        var organisations = await StatesAsync(query, $"SELECT id, state::text FROM {tables.OrganisationStates}", [], AuditJson.Organisation, cancellationToken);
        var touched = events.Where(e => e.Data is IAgreementEvent).Select(e => e.StreamId).Distinct().ToArray();
        var agreements = await StatesAsync(query, $"SELECT id, state::text FROM {tables.AgreementStates} WHERE id = ANY($1)", [touched],
            AgreementStateJson.Deserialize, cancellationToken);
        string? NameOf(OrganisationId id) => organisations.GetValueOrDefault(id.Value)?.Name;
        var changes = new AuditedChanges(NameOf);

        var entries = new List<AuditEntry>(events.Count);
        var changedAgreements = new HashSet<Guid>();
        var changedOrganisations = new HashSet<Guid>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case IAgreementEvent:
                    var agreementBefore = agreements.GetValueOrDefault(e.StreamId);
                    var agreementAfter = agreements[e.StreamId] = Agreement.Evolve(agreementBefore, e.Data);
                    entries.Add(AuditEntries.ForAgreement(
                        e, agreementBefore, changes.OfAgreement(e.StreamId, agreementBefore, agreementAfter), NameOf, HashOf(e, hashes)));
                    changedAgreements.Add(e.StreamId);
                    break;
                case IOrganisationEvent:
                    var organisationBefore = organisations.GetValueOrDefault(e.StreamId);
                    var organisationAfter = organisations[e.StreamId] = Organisation.Evolve(organisationBefore, e.Data);
                    entries.Add(AuditEntries.ForOrganisation(
                        e, changes.OfOrganisation(e.StreamId, organisationBefore, organisationAfter), NameOf, HashOf(e, hashes)));
                    changes.Forget();
                    changedOrganisations.Add(e.StreamId);
                    break;
            }
        }

        foreach (var id in changedAgreements)
            batch.Add(Upsert(tables.AgreementStates), id, AgreementStateJson.Serialize(agreements[id]));
        foreach (var id in changedOrganisations)
            batch.Add(Upsert(tables.OrganisationStates), id, AuditJson.Serialize(organisations[id]));
        Entries.AddTo(batch, tables.Timeline, entries);
    }

    private static byte[] HashOf(AuditedEvent e, IReadOnlyDictionary<long, byte[]> hashes) =>
        hashes.TryGetValue(e.Sequence, out var hash)
            ? hash
            : throw new InvalidOperationException($"Event {e.Version} of stream {e.StreamId} (sequence {e.Sequence}) has no stored hash.");

    private static string Upsert(string table) =>
        $"INSERT INTO {table} (id, state) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state";

    private static async Task<Dictionary<Guid, TState>> StatesAsync<TState>(
        Func<NpgsqlCommand, CancellationToken, Task<DbDataReader>> query, string sql, object?[] parameters, Func<string, TState> parse,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql).WithParameters(parameters);
        var states = new Dictionary<Guid, TState>();
        await using var reader = await query(command, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            states[reader.GetGuid(0)] = parse(reader.GetString(1));
        return states;
    }
}
