using Microsoft.AspNetCore.Identity;

namespace AgreementTracker.Identity.Users;

/// <summary>A local account of the embedded provider: ASP.NET Core Identity's user, with who the person is to others
/// and the organisation they act for.</summary>
public sealed class TrackerUser : IdentityUser
{
    /// <summary>The name shown in the audit timeline and on pages, e.g. "Mette Holm".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The CVR number of the organisation the person acts for: the registry's natural key, as an external
    /// provider (MitID Erhverv) would give it. None for staff of no party, such as an auditor.</summary>
    public string? OrganisationCvr { get; set; }
}
