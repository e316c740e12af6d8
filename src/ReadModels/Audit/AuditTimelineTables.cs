using AgreementTracker.ReadModels.Sql;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>The audit timeline's tables: the entries, and the copy of each stream's state it folds them with.</summary>
public sealed record AuditTimelineTables(string Timeline, string AgreementStates, string OrganisationStates)
{
    public const string TimelineTable = "audit_timeline";
    public const string AgreementStateTable = "audit_agreement_states";
    public const string OrganisationStateTable = "audit_organisation_states";

    public static AuditTimelineTables Live { get; } = new(TimelineTable, AgreementStateTable, OrganisationStateTable);

    public static IReadOnlyList<TableDefinition> Definitions { get; } =
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
}
