using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record AdoptActionPlan(AgreementId AgreementId, ActionPlanId ActionPlanId, int Year, string Title, IReadOnlyList<string> FocusAreas, DateOnly AdoptedOn)
    : IAgreementCommand;

public sealed record PlanActivity(AgreementId AgreementId, ActivityId ActivityId, ActionPlanId ActionPlanId, string Title, DateOnly PlannedFor, OrganisationId Responsible)
    : IAgreementCommand;

public sealed record CompleteActivity(AgreementId AgreementId, ActivityId ActivityId, DateOnly CompletedOn, int Participants, int UniqueCompanies, int CompaniesUnder50)
    : IAgreementCommand;
