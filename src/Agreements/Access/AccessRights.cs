using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;

namespace AgreementTracker.Agreements.Access;

/// <summary>What the person behind a request may read and change.</summary>
public enum AccessRole
{
    /// <summary>BRN staff: read everything; set up and keep agreements, KPIs, meetings and the ledger; register organisations.</summary>
    Coordinator,

    /// <summary>A member of an organisation: reads the agreements it is a party to; signs, decides amendments and reports KPIs for it.</summary>
    Member,

    /// <summary>Reads everything, including history and proofs; changes nothing.</summary>
    Auditor,

    /// <summary>Keeps users and their roles; reads and changes no agreement.</summary>
    Administrator,
}

/// <summary>
/// A caller's access: their role and the organisation they act for. One place says what that lets them see; what it
/// lets them change is <see cref="ChangeAccess"/>.
/// </summary>
public sealed record AccessRights(AccessRole Role, OrganisationId? Organisation)
{
    /// <summary>Every agreement and organisation, with their history.</summary>
    public bool ReadsEverything => Role is AccessRole.Coordinator or AccessRole.Auditor;

    /// <summary>The organisation a member acts for: they see the agreements it is a party to. Null for anyone else.</summary>
    public OrganisationId? MemberOf => Role == AccessRole.Member ? Organisation : null;

    /// <summary>An agreement is seen by those who read everything and by members of its parties; to anyone else it does not exist.</summary>
    public bool Sees(AgreementState agreement) => ReadsEverything || (MemberOf is { } own && agreement.Party(own) is not null);

    /// <summary>An organisation's portfolio and notifications: its own members', and those who read everything.</summary>
    public bool FollowsUpOn(OrganisationId organisation) => ReadsEverything || MemberOf == organisation;
}
