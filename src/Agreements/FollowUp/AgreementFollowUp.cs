using AgreementTracker.Domain.Agreements;
using AgreementTracker.ReadModels;
using AgreementTracker.ReadModels.Agreements;
using JasperFx.Events;
using Marten;
using Npgsql;

namespace AgreementTracker.Agreements.FollowUp;

/// <summary>
/// The follow-up tables of <see cref="FollowUpTables"/> (summary with the folded state and version,
/// parties, KPIs, ledger, meetings, meetings per year), rewritten by <see cref="AgreementRows"/> from the agreement
/// Marten has just folded, in the transaction of its events, with time-dependent figures assessed on the clock's today.
/// </summary>
public sealed class AgreementFollowUp(TimeProvider clock)
{
    public void Queue(IDocumentOperations operations, IEventSlice<AgreementState> slice)
    {
        if (slice.Snapshot is not { } state)
            return;
        // Marten's quick append knows the version only where the stream's was known beforehand (FetchForWriting, an
        // expected version, StartStream); readers cache states by this version, so a bare Append must not record 0.
        var version = slice.Events()[^1].Version;
        if (version == 0)
            throw new InvalidOperationException(
                $"Agreement {state.Id} was appended without knowing its stream version; append through FetchForWriting or with an expected version.");
        var batch = new NpgsqlBatch();
        AgreementRows.Write(batch, FollowUpTables.Live, [new AgreementSnapshot(state, version)], Today.On(clock));
        foreach (NpgsqlBatchCommand command in batch.BatchCommands)
            operations.QueueOperation(new BatchCommandOperation(command));
    }
}
