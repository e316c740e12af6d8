using System.Collections.Immutable;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

public sealed record ActionPlanState(ActionPlanId Id, int Year, string Title, ImmutableList<string> FocusAreas, DateOnly AdoptedOn);

public sealed record ActivityState(ActivityId Id, ActionPlanId ActionPlanId, string Title, DateOnly PlannedFor, OrganisationId Responsible, ActivityOutcome? Outcome);

public sealed record ActivityOutcome(DateOnly CompletedOn, int Participants, int UniqueCompanies, int CompaniesUnder50);
