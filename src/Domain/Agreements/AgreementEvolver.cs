using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Applies one event to an agreement's state. Pure: the same events always give the same state.</summary>
internal static class AgreementEvolver
{
    public static AgreementState Evolve(AgreementState? state, object @event)
    {
        if (@event is AgreementDrafted drafted)
        {
            return state is null
                ? Drafted(drafted)
                : throw new ArgumentException("AgreementDrafted can only start an agreement's stream.", nameof(@event));
        }

        if (state is null)
        {
            throw new ArgumentException($"{@event.GetType().Name} cannot start an agreement's stream; it must begin with AgreementDrafted.", nameof(@event));
        }

        return @event switch
        {
            PartyAdded e => state with { Parties = state.Parties.Add(new PartyState(e.Party, e.Role, null)) },
            PartyRemoved e => state with { Parties = state.Parties.RemoveAll(p => p.Organisation == e.Party) },
            AgreementSigned e => state with { Parties = state.Parties.Update(p => p.Organisation == e.Party, p => p with { SignedOn = e.SignedOn }) },
            AgreementExtended e => state with { Period = state.Period with { End = e.NewEnd } },
            AgreementTerminated e => state with { Termination = new TerminationState(e.TerminatedBy, e.EffectiveDate) },
            AgreementExpired e => state with { ExpiredOn = e.ExpiredOn },
            AgreementAmendmentProposed e => state with
            {
                Amendments = state.Amendments.Add(new AmendmentState(e.AmendmentId, e.ProposedBy, e.Summary, e.Changes, [e.ProposedBy], false, null)),
            },
            AgreementAmendmentAccepted e => state with
            {
                Amendments = state.Amendments.Update(a => a.Id == e.AmendmentId, a => a with { AcceptedBy = a.AcceptedBy.Add(e.Party) }),
            },
            AgreementAmendmentRejected e => state with
            {
                Amendments = state.Amendments.Update(a => a.Id == e.AmendmentId, a => a with { RejectedBy = e.Party }),
            },
            AgreementAmended e => Amended(state, e),
            GoalSet e => state with { Goals = state.Goals.Add(new GoalState(e.GoalId, e.Description, e.Hardness, e.Horizon)) },
            KpiDefined e => state with
            {
                Kpis = state.Kpis.Add(new KpiState(
                    e.KpiId, e.CatalogueCode, e.Name, e.Unit, e.Direction, e.Baseline, e.Target, e.TargetDate, e.Frequency,
                    e.Geography, e.ResponsibleParty, e.Goal, e.DefinedOn, [])),
            },
            KpiTargetRevised e => WithKpi(state, e.KpiId, k => k with { Target = e.Target, TargetDate = e.TargetDate }),
            MeasurementRecorded e => WithKpi(state, e.KpiId, k => k with
            {
                History = k.History.Add(new MeasurementEntry(e.Period, e.Value, e.Qualifier, e.Source, e.ReportedBy, IsCorrection: false)),
            }),
            MeasurementCorrected e => WithKpi(state, e.KpiId, k => k with
            {
                History = k.History.Add(new MeasurementEntry(e.Period, e.Value, e.Qualifier, e.Source, e.ReportedBy, IsCorrection: true)),
            }),
            ActionPlanAdopted e => state with
            {
                ActionPlans = state.ActionPlans.Add(new ActionPlanState(e.ActionPlanId, e.Year, e.Title, [.. e.FocusAreas], e.AdoptedOn)),
            },
            ActivityPlanned e => state with
            {
                Activities = state.Activities.Add(new ActivityState(e.ActivityId, e.ActionPlanId, e.Title, e.PlannedFor, e.Responsible, null)),
            },
            ActivityCompleted e => state with
            {
                Activities = state.Activities.Update(
                    a => a.Id == e.ActivityId,
                    a => a with { Outcome = new ActivityOutcome(e.CompletedOn, e.Participants, e.UniqueCompanies, e.CompaniesUnder50) }),
            },
            MeetingCadenceSet e => state with { Cadence = state.Cadence.Add(new CadenceChange(e.MeetingsPerYear, e.EffectiveFrom)) },
            MeetingScheduled e => state with
            {
                Meetings = state.Meetings.Add(new MeetingState(e.MeetingId, e.Kind, e.Title, e.Date, MeetingProgress.Scheduled, [], null, [], [])),
            },
            MeetingHeld e => Held(state, e),
            MeetingCancelled e => WithMeeting(state, e.MeetingId, m => m with { Progress = MeetingProgress.Cancelled }),
            ActionItemCompleted e => state with
            {
                Meetings = state.Meetings.Update(
                    m => m.ActionItems.Exists(a => a.Item.Id == e.ActionItemId),
                    m => m with { ActionItems = m.ActionItems.Update(a => a.Item.Id == e.ActionItemId, a => a with { CompletedOn = e.CompletedOn }) }),
            },
            CoFinancingCommitted e => state with
            {
                Commitments = state.Commitments.Add(new CommitmentState(e.CommitmentId, e.Party, e.Amount, e.Year, e.Purpose, e.Form, false, [])),
            },
            CoFinancingInvoiced e => WithCommitment(state, e.CommitmentId, c => c with
            {
                Invoices = c.Invoices.Add(new InvoiceState(e.InvoiceId, e.Amount, e.InvoicedOn, e.DueOn, 0m)),
            }),
            CoFinancingPaid e => WithCommitment(state, e.CommitmentId, c => c with
            {
                Invoices = c.Invoices.Update(i => i.Id == e.InvoiceId, i => i with { Paid = i.Paid + e.Amount }),
            }),
            CoFinancingCancelled e => WithCommitment(state, e.CommitmentId, c => c with { Cancelled = true }),
            EvaluationRecorded e => state with
            {
                Evaluations = state.Evaluations.Add(new EvaluationState(e.EvaluationId, e.Kind, e.EvaluatedOn, e.Summary, [.. e.Recommendations])),
            },
            _ => throw new ArgumentException($"{@event.GetType().Name} is not an agreement event.", nameof(@event)),
        };
    }

    private static AgreementState Drafted(AgreementDrafted e) => new(
        e.AgreementId, e.Title, e.Kind, e.Purpose, e.Period, e.StrengthArea, [.. e.TargetGroups], e.GeographicScope,
        Parties: [], Amendments: [], Termination: null, ExpiredOn: null, Goals: [], Kpis: [], ActionPlans: [], Activities: [],
        Cadence: [], Meetings: [], Commitments: [], Evaluations: []);

    private static AgreementState Amended(AgreementState state, AgreementAmended e)
    {
        var amendment = state.Amendments.Find(a => a.Id == e.AmendmentId)
            ?? throw new InvalidOperationException($"Amendment {e.AmendmentId} was applied without having been proposed.");
        var changes = amendment.Changes;
        return state with
        {
            Title = changes.Title ?? state.Title,
            Purpose = changes.Purpose ?? state.Purpose,
            StrengthArea = changes.StrengthArea ?? state.StrengthArea,
            GeographicScope = changes.GeographicScope ?? state.GeographicScope,
            TargetGroups = changes.TargetGroups is { } groups ? [.. groups] : state.TargetGroups,
            Amendments = state.Amendments.Update(a => a.Id == e.AmendmentId, a => a with { Applied = true }),
        };
    }

    private static AgreementState Held(AgreementState state, MeetingHeld e)
    {
        var held = new MeetingState(
            e.MeetingId, e.Kind, e.Title, e.HeldOn, MeetingProgress.Held, [.. e.Attendees], e.Minutes, [.. e.Decisions],
            [.. e.ActionItems.Select(item => new ActionItemState(item, null))]);
        return state.Meeting(e.MeetingId) is null
            ? state with { Meetings = state.Meetings.Add(held) }
            : WithMeeting(state, e.MeetingId, _ => held);
    }

    private static AgreementState WithKpi(AgreementState state, KpiId id, Func<KpiState, KpiState> change) =>
        state with { Kpis = state.Kpis.Update(k => k.Id == id, change) };

    private static AgreementState WithMeeting(AgreementState state, MeetingId id, Func<MeetingState, MeetingState> change) =>
        state with { Meetings = state.Meetings.Update(m => m.Id == id, change) };

    private static AgreementState WithCommitment(AgreementState state, CommitmentId id, Func<CommitmentState, CommitmentState> change) =>
        state with { Commitments = state.Commitments.Update(c => c.Id == id, change) };
}
