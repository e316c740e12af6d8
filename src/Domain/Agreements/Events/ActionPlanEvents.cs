using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record ActionPlanAdopted(ActionPlanId ActionPlanId, int Year, string Title, IReadOnlyList<string> FocusAreas, DateOnly AdoptedOn)
    : IAgreementEvent;

public sealed record ActivityPlanned(ActivityId ActivityId, ActionPlanId ActionPlanId, string Title, DateOnly PlannedFor, OrganisationId Responsible)
    : IAgreementEvent;

/// <param name="Participants">People who took part.</param>
/// <param name="UniqueCompanies">Distinct companies among them (not the same count as participants).</param>
/// <param name="CompaniesUnder50">Of the unique companies, those with fewer than 50 employees.</param>
public sealed record ActivityCompleted(ActivityId ActivityId, DateOnly CompletedOn, int Participants, int UniqueCompanies, int CompaniesUnder50)
    : IAgreementEvent;
