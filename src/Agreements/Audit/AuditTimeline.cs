using AgreementTracker.Agreements.FollowUp;
using AgreementTracker.ReadModels.Audit;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Npgsql;

namespace AgreementTracker.Agreements.Audit;

/// <summary>
/// The audit timeline kept by Marten's async daemon: every agreement and organisation event as an
/// <see cref="AuditEntry"/> in the tables <see cref="TimelineReader"/> reads, written by the same code as the old
/// store's timeline (<see cref="AuditTimelineRows"/>) and queued in the daemon's batch, so the rows commit with its
/// progress. An entry's position is Marten's global sequence and its hash the event's link in the integrity layer's chain.
/// </summary>
public sealed class AuditTimeline : IProjection
{
    public const string ProjectionName = "audit_timeline";

    /// <summary>Events per daemon batch (Marten's default is 500).</summary>
    public const int BatchSize = 2500;

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var hashes = await ChainHashes.ReadAsync(operations, events, cancellation);
        var batch = new NpgsqlBatch();
        await AuditTimelineRows.WriteAsync(
            batch, AuditTimelineTables.Live, events.Select(Audited).ToList(), hashes, operations.ExecuteReaderAsync, cancellation);
        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
            operations.QueueOperation(new BatchCommandOperation(command));
    }

    /// <summary>A Marten event as the audit entries read it: who by the name people know them by (else its user name), why from its reason header.</summary>
    public static AuditedEvent Audited(IEvent e) =>
        new(e.Sequence, e.StreamId, e.Version, e.Data, e.Timestamp, e.GetHeader(AuditedEvent.ActorNameHeader)?.ToString() ?? e.UserName,
            e.GetHeader(AuditedEvent.ReasonHeader)?.ToString(), e.CorrelationId);
}
