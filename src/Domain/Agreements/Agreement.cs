using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>
/// Decide and evolve for an agreement's stream. <see cref="Decide"/> either accepts a command as the events to
/// append or refuses it with a <see cref="DomainError"/>; a refusal never yields events.
/// </summary>
public static class Agreement
{
    /// <param name="state">The agreement so far; null when its stream is empty.</param>
    /// <remarks>The command's shape is checked first (<see cref="AgreementInput"/>), and the rules decide on its normalised form.</remarks>
    /// <summary>The refusal of a command to an agreement that does not exist.</summary>
    public static DomainError NotFound(AgreementId id) => new("agreement_not_found", $"Der er ingen aftale med id {id}.");

    public static Result<IReadOnlyList<object>> Decide(AgreementState? state, IAgreementCommand command, CommandContext context)
    {
        var input = AgreementInput.Check(command);
        if (!input.IsSuccess)
        {
            return input.Error;
        }

        command = input.Value;
        if (command is DraftAgreement draft)
        {
            return LifecycleRules.Draft(state, draft);
        }

        if (state is null)
        {
            return NotFound(command.AgreementId);
        }

        return command switch
        {
            AddParty c => LifecycleRules.AddParty(state, c, context),
            RemoveParty c => LifecycleRules.RemoveParty(state, c, context),
            SignAgreement c => LifecycleRules.Sign(state, c, context),
            ExtendAgreement c => LifecycleRules.Extend(state, c),
            TerminateAgreement c => LifecycleRules.Terminate(state, c, context),
            ExpireAgreement => LifecycleRules.Expire(state, context),
            ProposeAmendment c => AmendmentRules.Propose(state, c, context),
            AcceptAmendment c => AmendmentRules.Accept(state, c, context),
            RejectAmendment c => AmendmentRules.Reject(state, c, context),
            SetGoal c => GoalAndKpiRules.SetGoal(state, c),
            DefineKpi c => GoalAndKpiRules.Define(state, c, context),
            ReviseKpiTarget c => GoalAndKpiRules.ReviseTarget(state, c),
            RecordMeasurement c => MeasurementRules.Record(state, c, context),
            CorrectMeasurement c => MeasurementRules.Correct(state, c, context),
            AdoptActionPlan c => ActionPlanRules.Adopt(state, c, context),
            PlanActivity c => ActionPlanRules.Plan(state, c, context),
            CompleteActivity c => ActionPlanRules.Complete(state, c, context),
            SetMeetingCadence c => MeetingRules.SetCadence(state, c),
            ScheduleMeeting c => MeetingRules.Schedule(state, c, context),
            HoldMeeting c => MeetingRules.Hold(state, c, context),
            CancelMeeting c => MeetingRules.Cancel(state, c),
            CompleteActionItem c => MeetingRules.CompleteActionItem(state, c, context),
            CommitCoFinancing c => CoFinancingRules.Commit(state, c, context),
            InvoiceCoFinancing c => CoFinancingRules.Invoice(state, c, context),
            PayCoFinancing c => CoFinancingRules.Pay(state, c, context),
            CancelCoFinancing c => CoFinancingRules.Cancel(state, c, context),
            RecordEvaluation c => EvaluationRules.Record(state, c, context),
            _ => throw new ArgumentException($"{command.GetType().Name} is not an agreement command this version knows.", nameof(command)),
        };
    }

    /// <param name="state">The agreement so far; null before its first event.</param>
    public static AgreementState Evolve(AgreementState? state, object @event) => AgreementEvolver.Evolve(state, @event);

    public static AgreementState? Fold(AgreementState? state, IEnumerable<object> events) => events.Aggregate(state, (s, e) => Evolve(s, e));
}
