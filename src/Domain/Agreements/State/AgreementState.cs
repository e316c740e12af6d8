using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Everything an agreement's stream has established so far. Immutable, so folding never shares mutations.</summary>
public sealed record AgreementState(
    AgreementId Id,
    string Title,
    AgreementKind Kind,
    string Purpose,
    DatePeriod Period,
    string StrengthArea,
    ImmutableList<TargetGroup> TargetGroups,
    string GeographicScope,
    ImmutableList<PartyState> Parties,
    ImmutableList<AmendmentState> Amendments,
    TerminationState? Termination,
    DateOnly? ExpiredOn,
    ImmutableList<GoalState> Goals,
    ImmutableList<KpiState> Kpis,
    ImmutableList<ActionPlanState> ActionPlans,
    ImmutableList<ActivityState> Activities,
    ImmutableList<CadenceChange> Cadence,
    ImmutableList<MeetingState> Meetings,
    ImmutableList<CommitmentState> Commitments,
    ImmutableList<EvaluationState> Evaluations)
{
    /// <summary>At least two parties and every one of them has signed.</summary>
    public bool FullySigned => Parties.Count >= 2 && Parties.All(p => p.SignedOn is not null);

    /// <summary>Terminated or recorded as expired: nothing new may be agreed under it.</summary>
    public bool IsClosed => Termination is not null || ExpiredOn is not null;

    /// <summary>The last day the agreement runs: its end date, or the day before a termination takes effect if earlier.</summary>
    public DateOnly LastDay =>
        Termination is { } termination && termination.EffectiveDate <= Period.End ? termination.EffectiveDate.AddDays(-1) : Period.End;

    /// <summary>Progress towards a KPI is expected from its definition or the agreement's start, whichever is later.</summary>
    public DateOnly KpiStart(DateOnly definedOn) => Dates.Later(definedOn, Period.Start);

    public PartyState? Party(OrganisationId organisation) => Parties.Find(p => p.Organisation == organisation);

    public KpiState? Kpi(KpiId id) => Kpis.Find(k => k.Id == id);

    public MeetingState? Meeting(MeetingId id) => Meetings.Find(m => m.Id == id);

    public CommitmentState? Commitment(CommitmentId id) => Commitments.Find(c => c.Id == id);

    public AgreementStatus StatusOn(DateOnly date)
    {
        if (Termination is { } termination && date >= termination.EffectiveDate)
        {
            return AgreementStatus.Terminated;
        }

        if (Parties.Count < 2 || Parties.Any(p => p.SignedOn is not { } signed || signed > date))
        {
            return AgreementStatus.Draft;
        }

        if (date < Period.Start)
        {
            return AgreementStatus.SignedAwaitingStart;
        }

        return date > Period.End ? AgreementStatus.Expired : AgreementStatus.InForce;
    }
}
