using AgreementTracker.Agreements.FollowUp;
using AgreementTracker.Domain;
using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;

namespace AgreementTracker.Agreements.Lifecycle;

/// <summary>
/// The agreement as the domain folds it: what commands decide against, what <c>agreement(id)</c> reads, and what time
/// travel replays. Marten calls the domain's own <see cref="Agreement.Evolve"/>, so the domain stays free of Marten.
/// Its side effect keeps the follow-up tables (<see cref="AgreementFollowUp"/>) from the state it has just folded.
/// </summary>
public sealed class AgreementProjection : SingleStreamProjection<AgreementState, AgreementId>
{
    private readonly AgreementFollowUp _followUp;

    public AgreementProjection(TimeProvider clock)
    {
        Name = "agreement";
        // Only an agreement's events: without this, Marten loads an agreement document for every stream a session appends
        // to. Named one by one, since Marten's rebuild filters its read on concrete types only (not an interface).
        foreach (var type in DomainEvents.OfKind<IAgreementEvent>())
            IncludeType(type);
        _followUp = new AgreementFollowUp(clock);
    }

    public override AgreementState? Evolve(AgreementState? snapshot, AgreementId id, IEvent e) =>
        e.Data is IAgreementEvent ? Agreement.Evolve(snapshot, e.Data) : snapshot;

    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<AgreementState> slice)
    {
        _followUp.Queue(operations, slice);
        return ValueTask.CompletedTask;
    }
}
