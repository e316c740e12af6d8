using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.FollowUp;

namespace AgreementTracker.ReadModels.Agreements;

/// <summary>Which agreements to list; every given criterion must hold. Status and KPI status are those assessed today.</summary>
/// <param name="StrengthArea">Matched whole, ignoring case.</param>
/// <param name="KpiStatus">Agreements with at least one KPI in this status.</param>
/// <param name="KpiStatusIn">Agreements with at least one KPI in one of these statuses.</param>
/// <param name="PaymentOverdue">Agreements with co-financing overdue (true), or with none overdue (false).</param>
/// <param name="MeetingsBehind">Agreements that have held fewer meetings in the year of the assessment than their cadence calls for so far (true), or not (false).</param>
/// <param name="EndsOnOrBefore">Agreements whose period ends on or before this day.</param>
/// <param name="AmendmentAwaitingAcceptance">Agreements with an amendment some party has yet to accept (true), or with none (false).</param>
/// <param name="TitleContains">Part of the title, ignoring case.</param>
/// <param name="VisibleToParty">Only agreements this organisation is a party to: what its members may see, whatever else is asked.</param>
public sealed record AgreementFilter(
    Guid? PartyId = null,
    AgreementKind? Kind = null,
    AgreementStatus? Status = null,
    string? StrengthArea = null,
    KpiStatus? KpiStatus = null,
    string? TitleContains = null,
    IReadOnlyList<KpiStatus>? KpiStatusIn = null,
    bool? PaymentOverdue = null,
    bool? MeetingsBehind = null,
    DateOnly? EndsOnOrBefore = null,
    bool? AmendmentAwaitingAcceptance = null,
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
