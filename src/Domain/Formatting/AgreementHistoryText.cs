using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using static AgreementTracker.Domain.Formatting.DanishFormat;
using static AgreementTracker.Domain.Formatting.DanishLabels;

namespace AgreementTracker.Domain.Formatting;

/// <summary>
/// One Danish sentence per agreement event, for the history an auditor replays ("Aalborg Kommune underskrev
/// aftalen 01-12-2023."). Needs the agreement as it was just before the event, for the names of KPIs,
/// meetings, amendments and commitments the event refers to by id.
/// </summary>
public static class AgreementHistoryText
{
    public static string Describe(AgreementState? before, object @event, Func<OrganisationId, string?> organisationName)
    {
        string Name(OrganisationId id) => organisationName(id) ?? $"organisation {id}";

        if (@event is AgreementDrafted drafted)
        {
            return $"Aftalen '{drafted.Title}' ({Of(drafted.Kind).ToLowerInvariant()}) blev oprettet som udkast for perioden "
                + $"{Date(drafted.Period.Start)} til {Date(drafted.Period.End)}.";
        }

        var state = before ?? throw new ArgumentException($"{@event.GetType().Name} needs the agreement it belongs to.", nameof(before));
        return @event switch
        {
            PartyAdded e => $"{Name(e.Party)} blev tilføjet som part ({Of(e.Role).ToLowerInvariant()}).",
            PartyRemoved e => $"{Name(e.Party)} blev fjernet som part.",
            AgreementSigned e => $"{Name(e.Party)} underskrev aftalen {Date(e.SignedOn)}.",
            AgreementAmendmentProposed e => $"{Name(e.ProposedBy)} foreslog ændringen '{e.Summary}'.",
            AgreementAmendmentAccepted e => $"{Name(e.Party)} accepterede ændringen '{Amendment(state, e.AmendmentId)}'.",
            AgreementAmendmentRejected e => $"{Name(e.Party)} afviste ændringen '{Amendment(state, e.AmendmentId)}'.",
            AgreementAmended e => $"Ændringen '{Amendment(state, e.AmendmentId)}' er accepteret af alle parter og gælder nu.",
            AgreementExtended e => $"Aftalen blev forlænget fra {Date(e.PreviousEnd)} til {Date(e.NewEnd)}.",
            AgreementTerminated e => $"{Name(e.TerminatedBy)} opsagde aftalen med virkning fra {Date(e.EffectiveDate)}.",
            AgreementExpired e => $"Aftalen udløb {Date(e.ExpiredOn)}.",
            GoalSet e => $"{Of(e.Hardness)} på {Of(e.Horizon).ToLowerInvariant()}: {e.Description}",
            KpiDefined e => $"KPI '{e.Name}' blev fastlagt: fra {Number(e.Baseline)} til {Number(e.Target)} {e.Unit} senest {Date(e.TargetDate)}, "
                + $"indrapporteres {Of(e.Frequency).ToLowerInvariant()} af {Name(e.ResponsibleParty)}.",
            KpiTargetRevised e => TargetRevised(Kpi(state, e.KpiId), e),
            MeasurementRecorded e => $"{Name(e.ReportedBy)} indrapporterede {Number(e.Value)} {Kpi(state, e.KpiId).Unit} for KPI '{Kpi(state, e.KpiId).Name}' "
                + $"for {Of(e.Period)} ({Of(e.Qualifier).ToLowerInvariant()}).",
            MeasurementCorrected e => $"{Name(e.ReportedBy)} rettede KPI '{Kpi(state, e.KpiId).Name}' for {Of(e.Period)} fra "
                + $"{Number(Kpi(state, e.KpiId).CurrentFor(e.Period)?.Value ?? 0)} til {Number(e.Value)} {Kpi(state, e.KpiId).Unit}.",
            ActionPlanAdopted e => $"Handleplanen '{e.Title}' for {e.Year} blev vedtaget {Date(e.AdoptedOn)}.",
            ActivityPlanned e => $"Aktiviteten '{e.Title}' blev planlagt til {Date(e.PlannedFor)} med {Name(e.Responsible)} som ansvarlig.",
            ActivityCompleted e => $"Aktiviteten '{Activity(state, e.ActivityId)}' blev gennemført {Date(e.CompletedOn)}: {Number(e.Participants)} deltagere, "
                + $"{Number(e.UniqueCompanies)} unikke virksomheder, heraf {Number(e.CompaniesUnder50)} med under 50 ansatte.",
            MeetingCadenceSet e => $"Mødekadencen blev sat til {e.MeetingsPerYear} møder om året fra {Date(e.EffectiveFrom)}.",
            MeetingScheduled e => $"{e.Title} blev planlagt til {Date(e.Date)}.",
            MeetingHeld e => $"{e.Title} blev afholdt {Date(e.HeldOn)} med {Count(e.Attendees.Count, "deltager", "deltagere")}, "
                + $"{Count(e.Decisions.Count, "beslutning", "beslutninger")} og {Count(e.ActionItems.Count, "handlepunkt", "handlepunkter")}.",
            MeetingCancelled e => $"{Meeting(state, e.MeetingId).Title} ({Date(Meeting(state, e.MeetingId).Date)}) blev aflyst.",
            ActionItemCompleted e => $"Handlepunktet '{ActionItem(state, e.ActionItemId)}' blev udført {Date(e.CompletedOn)}.",
            CoFinancingCommitted e => $"{Name(e.Party)} gav tilsagn om {Kroner(e.Amount)} ({Of(e.Form).ToLowerInvariant()}) for {e.Year}: {e.Purpose}.",
            CoFinancingInvoiced e => Invoiced(Commitment(state, e.CommitmentId), Name(Commitment(state, e.CommitmentId).Party), e),
            CoFinancingPaid e => Paid(Commitment(state, e.CommitmentId), Name(Commitment(state, e.CommitmentId).Party), e),
            CoFinancingCancelled e => $"Tilsagnet fra {Name(Commitment(state, e.CommitmentId).Party)} på {Kroner(Commitment(state, e.CommitmentId).Amount)} "
                + $"for {Commitment(state, e.CommitmentId).Year} blev annulleret.",
            EvaluationRecorded e => $"{Of(e.Kind)} {Date(e.EvaluatedOn)}: {e.Summary}",
            _ => throw new ArgumentException($"{@event.GetType().Name} is not an agreement event.", nameof(@event)),
        };
    }

    /// <summary>In-kind contributions (hours, premises) are documented and approved rather than invoiced and paid.</summary>
    private static string Invoiced(CommitmentState commitment, string party, CoFinancingInvoiced e) => commitment.Form == ContributionForm.Cash
        ? $"{party} blev faktureret {Kroner(e.Amount)} for {commitment.Year} med forfald {Date(e.DueOn)}."
        : $"{party} opgjorde sit bidrag i timer og naturalier for {commitment.Year} til {Kroner(e.Amount)}, til godkendelse senest {Date(e.DueOn)}.";

    private static string Paid(CommitmentState commitment, string party, CoFinancingPaid e) => commitment.Form == ContributionForm.Cash
        ? $"{party} betalte {Kroner(e.Amount)} for {commitment.Year} den {Date(e.PaidOn)}."
        : $"Bidraget i timer og naturalier fra {party} for {commitment.Year} blev godkendt med {Kroner(e.Amount)} den {Date(e.PaidOn)}.";

    private static string Count(int count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";

    private static string TargetRevised(KpiState kpi, KpiTargetRevised e)
    {
        var dates = e.PreviousTargetDate == e.TargetDate ? "" : $", og måldatoen fra {Date(e.PreviousTargetDate)} til {Date(e.TargetDate)}";
        return $"Målet for KPI '{kpi.Name}' blev ændret fra {Number(e.PreviousTarget)} til {Number(e.Target)} {kpi.Unit}{dates}.";
    }

    private static KpiState Kpi(AgreementState state, KpiId id) => state.Kpi(id) ?? throw Missing("KPI", id);

    private static MeetingState Meeting(AgreementState state, MeetingId id) => state.Meeting(id) ?? throw Missing("meeting", id);

    private static CommitmentState Commitment(AgreementState state, CommitmentId id) => state.Commitment(id) ?? throw Missing("commitment", id);

    private static string Amendment(AgreementState state, AmendmentId id) => (state.Amendments.Find(a => a.Id == id) ?? throw Missing("amendment", id)).Summary;

    private static string Activity(AgreementState state, ActivityId id) => (state.Activities.Find(a => a.Id == id) ?? throw Missing("activity", id)).Title;

    private static string ActionItem(AgreementState state, ActionItemId id) =>
        state.Meetings.SelectMany(m => m.ActionItems).FirstOrDefault(a => a.Item.Id == id)?.Item.Description ?? throw Missing("action item", id);

    private static ArgumentException Missing(string what, object id) =>
        new($"The agreement before this event has no {what} {id}; pass the state the event was applied to.", "before");
}
