using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Domain;

/// <summary>
/// Every event type the domain emits, with the stable name the event store records for it. The names are part of
/// the stored history: never change or reuse one; add new types at the end.
/// </summary>
public static class DomainEvents
{
    public static IReadOnlyList<(Type Type, string Name)> All { get; } =
    [
        (typeof(OrganisationRegistered), "organisation_registered"),
        (typeof(OrganisationRenamed), "organisation_renamed"),
        (typeof(OrganisationMerged), "organisation_merged"),
        (typeof(AgreementDrafted), "agreement_drafted"),
        (typeof(PartyAdded), "party_added"),
        (typeof(PartyRemoved), "party_removed"),
        (typeof(AgreementSigned), "agreement_signed"),
        (typeof(AgreementAmendmentProposed), "agreement_amendment_proposed"),
        (typeof(AgreementAmendmentAccepted), "agreement_amendment_accepted"),
        (typeof(AgreementAmendmentRejected), "agreement_amendment_rejected"),
        (typeof(AgreementAmended), "agreement_amended"),
        (typeof(AgreementExtended), "agreement_extended"),
        (typeof(AgreementTerminated), "agreement_terminated"),
        (typeof(AgreementExpired), "agreement_expired"),
        (typeof(GoalSet), "goal_set"),
        (typeof(KpiDefined), "kpi_defined"),
        (typeof(KpiTargetRevised), "kpi_target_revised"),
        (typeof(MeasurementRecorded), "measurement_recorded"),
        (typeof(MeasurementCorrected), "measurement_corrected"),
        (typeof(ActionPlanAdopted), "action_plan_adopted"),
        (typeof(ActivityPlanned), "activity_planned"),
        (typeof(ActivityCompleted), "activity_completed"),
        (typeof(MeetingCadenceSet), "meeting_cadence_set"),
        (typeof(MeetingScheduled), "meeting_scheduled"),
        (typeof(MeetingHeld), "meeting_held"),
        (typeof(MeetingCancelled), "meeting_cancelled"),
        (typeof(ActionItemCompleted), "action_item_completed"),
        (typeof(CoFinancingCommitted), "co_financing_committed"),
        (typeof(CoFinancingInvoiced), "co_financing_invoiced"),
        (typeof(CoFinancingPaid), "co_financing_paid"),
        (typeof(CoFinancingCancelled), "co_financing_cancelled"),
        (typeof(EvaluationRecorded), "evaluation_recorded"),
    ];

    /// <summary>The event types of one kind of stream: those of <see cref="IAgreementEvent"/> or of <see cref="IOrganisationEvent"/>.</summary>
    public static IEnumerable<Type> OfKind<TKind>() => All.Select(e => e.Type).Where(type => type.IsAssignableTo(typeof(TKind)));
}
