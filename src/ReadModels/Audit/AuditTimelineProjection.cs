using System.Data.Common;
using AgreementTracker.EventStore;
using Npgsql;

namespace AgreementTracker.ReadModels.Audit;

/// <summary>
/// Every event of every stream of the old store as an <see cref="AuditEntry"/>, written by <see cref="AuditTimelineRows"/>.
/// Asynchronous: auditors replay history after the fact, a second's lag costs them nothing, and the Danish sentences
/// and field diffs stay off the append's path. It folds its own copy of each stream (the inline snapshot is already
/// ahead of a lagging event), and names organisations as they were named when the event happened, so a rebuild writes
/// exactly the same entries.
/// </summary>
public sealed class AuditTimelineProjection : IProjection
{
    public const string ProjectionName = "audit_timeline";
    public const string TimelineTable = "audit_timeline";
    public const string AgreementStateTable = "audit_agreement_states";
    public const string OrganisationStateTable = "audit_organisation_states";

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
        await using var hashQuery = context.CreateCommand(EventHashes.Sql);
        var hashes = await EventHashes.ReadAsync(hashQuery, events, cancellationToken);
        await using var batch = new NpgsqlBatch(context.Connection, context.Transaction);
        await AuditTimelineRows.WriteAsync(
            batch, AuditTimelineTables.Of(context), events.Select(e => (AuditedEvent)e).ToList(), hashes, ReadAsync, cancellationToken);
        if (batch.BatchCommands.Count > 0)
            await batch.ExecuteNonQueryAsync(cancellationToken);

        async Task<DbDataReader> ReadAsync(NpgsqlCommand command, CancellationToken ct)
        {
            command.Connection = context.Connection;
            command.Transaction = context.Transaction;
            return await command.ExecuteReaderAsync(ct);
        }
    }
}
