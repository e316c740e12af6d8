using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;
using AgreementTracker.EventStore;
using AgreementTracker.ReadModels.Agreements;
using AgreementTracker.ReadModels.Sql;
using Npgsql;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// Every event of every stream as an <see cref="AuditEntry"/>. Asynchronous: auditors replay history after the fact,
/// a second's lag costs them nothing, and the Danish sentences and field diffs stay off the append's path.
/// It folds its own copy of each stream (the inline snapshot is already ahead of a lagging event), and names
/// organisations as they were named when the event happened, so a rebuild writes exactly the same entries.
/// </summary>
public sealed class AuditTimelineProjection : IProjection
{
    public const string ProjectionName = "audit_timeline";
    public const string TimelineTable = "audit_timeline";
    public const string AgreementStateTable = "audit_agreement_states";
    public const string OrganisationStateTable = "audit_organisation_states";

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

    public string Name => ProjectionName;

    public IReadOnlyList<ProjectionTable> Tables { get; } =
    [
        new(TimelineTable, """
            CREATE TABLE {table} (
                position       bigint      PRIMARY KEY,
                stream_id      uuid        NOT NULL,
                version        bigint      NOT NULL,
                event          text        NOT NULL,
                summary        text        NOT NULL,
                occurred_at    timestamptz NOT NULL,
                actor          text        NOT NULL,
                reason         text,
                correlation_id text,
                changes        jsonb       NOT NULL,
                hash           text        NOT NULL,
                UNIQUE (stream_id, version)
            )
            """),
        new(AgreementStateTable, "CREATE TABLE {table} (id uuid PRIMARY KEY, state jsonb NOT NULL)"),
        new(OrganisationStateTable, "CREATE TABLE {table} (id uuid PRIMARY KEY, state jsonb NOT NULL)"),
    ];

    public async Task ApplyAsync(IReadOnlyList<EventEnvelope> events, ProjectionContext context, CancellationToken cancellationToken)
    {
        var agreementTable = context.Table(AgreementStateTable);
        var organisationTable = context.Table(OrganisationStateTable);
        await using var hashQuery = context.CreateCommand(EventHashes.Sql);
        var hashes = await EventHashes.ReadAsync(hashQuery, events, cancellationToken);
        var organisations = await OrganisationsAsync(context, organisationTable, cancellationToken);
        var agreements = await AgreementsAsync(context, agreementTable, events, cancellationToken);
        string? NameOf(OrganisationId id) => organisations.GetValueOrDefault(id.Value)?.Name;

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
                    entries.Add(AuditEntries.ForAgreement(e, agreementBefore, agreementAfter, NameOf, hashes[e.Sequence]));
                    changedAgreements.Add(e.StreamId);
                    break;
                case IOrganisationEvent:
                    var organisationBefore = organisations.GetValueOrDefault(e.StreamId);
                    var organisationAfter = organisations[e.StreamId] = Organisation.Evolve(organisationBefore, e.Data);
                    entries.Add(AuditEntries.ForOrganisation(e, organisationBefore, organisationAfter, NameOf, hashes[e.Sequence]));
                    changedOrganisations.Add(e.StreamId);
                    break;
            }
        }

        await using var batch = new NpgsqlBatch(context.Connection, context.Transaction);
        foreach (var id in changedAgreements)
            batch.Add(Upsert(agreementTable), id, AgreementStateJson.Serialize(agreements[id]));
        foreach (var id in changedOrganisations)
            batch.Add(Upsert(organisationTable), id, AuditJson.Serialize(organisations[id]));
        Entries.AddTo(batch, context.Table(TimelineTable), entries);
        if (batch.BatchCommands.Count > 0)
            await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Upsert(string table) =>
        $"INSERT INTO {table} (id, state) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state";

    /// <summary>All of them: any agreement event may name any organisation.</summary>
    private static async Task<Dictionary<Guid, OrganisationState>> OrganisationsAsync(ProjectionContext context, string table, CancellationToken cancellationToken)
    {
        await using var command = context.CreateCommand($"SELECT id, state::text FROM {table}");
        var organisations = new Dictionary<Guid, OrganisationState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            organisations[reader.GetGuid(0)] = AuditJson.Organisation(reader.GetString(1));
        return organisations;
    }

    private static async Task<Dictionary<Guid, AgreementState>> AgreementsAsync(
        ProjectionContext context, string table, IReadOnlyList<EventEnvelope> events, CancellationToken cancellationToken)
    {
        var touched = events.Where(e => e.Data is IAgreementEvent).Select(e => e.StreamId).Distinct().ToArray();
        await using var command = context.CreateCommand($"SELECT id, state::text FROM {table} WHERE id = ANY($1)").WithParameters(touched);
        var agreements = new Dictionary<Guid, AgreementState>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            agreements[reader.GetGuid(0)] = AgreementStateJson.Deserialize(reader.GetString(1));
        return agreements;
    }
}
