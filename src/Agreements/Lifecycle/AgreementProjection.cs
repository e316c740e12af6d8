using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace AgreementTracker.Agreements.Lifecycle;

/// <summary>
/// The agreement as the domain folds it: what commands decide against, what <c>agreement(id)</c> reads, and what time
/// travel replays. Marten calls the domain's own <see cref="Agreement.Evolve"/>, so the domain stays free of Marten.
/// </summary>
public sealed class AgreementProjection : SingleStreamProjection<AgreementState, AgreementId>
{
    public AgreementProjection() => Name = "agreement";

    public override AgreementState? Evolve(AgreementState? snapshot, AgreementId id, IEvent e) =>
        e.Data is IAgreementEvent ? Agreement.Evolve(snapshot, e.Data) : snapshot;
}
