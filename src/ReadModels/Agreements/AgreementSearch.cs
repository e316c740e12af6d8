using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>Which agreements to list; every given criterion must hold. Status and KPI status are those assessed today.</summary>
/// <param name="StrengthArea">Matched whole, ignoring case.</param>
/// <param name="KpiStatus">Agreements with at least one KPI in this status.</param>
/// <param name="TitleContains">Part of the title, ignoring case.</param>
/// <param name="VisibleToParty">Only agreements this organisation is a party to: what its members may see, whatever else is asked.</param>
public sealed record AgreementFilter(
    Guid? PartyId = null,
    AgreementKind? Kind = null,
    AgreementStatus? Status = null,
    string? StrengthArea = null,
    KpiStatus? KpiStatus = null,
    string? TitleContains = null,
    Guid? VisibleToParty = null);

public enum AgreementSortField
{
    Title,
    Start,
    End,
    /// <summary>In lifecycle order: draft, signed awaiting start, in force, expired, terminated.</summary>
    Status,
}

public sealed record AgreementSort(AgreementSortField Field, bool Descending = false);
