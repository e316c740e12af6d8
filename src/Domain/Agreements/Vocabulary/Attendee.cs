using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>A person at a meeting and the organisation they represented (not necessarily a party).</summary>
public sealed record Attendee(string Name, OrganisationId Organisation);
