using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Agreements;

/// <summary>Something a meeting decided someone should do, e.g. "Udsende invitation til virksomhedsnetværk".</summary>
public sealed record ActionItem(ActionItemId Id, string Description, OrganisationId Responsible, DateOnly? DueOn);
