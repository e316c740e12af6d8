namespace AgreementTracker.Identity.Users;

/// <summary>What a user may do, as a role claim in their tokens (issue 12's table of who may do what).</summary>
public static class Roles
{
    /// <summary>BRN staff: read everything; draft agreements, set KPIs, log meetings, keep the ledger, register organisations.</summary>
    public const string Coordinator = "koordinator";

    /// <summary>A member of an organisation: reads the agreements it is a party to; signs and reports for it.</summary>
    public const string Member = "medlem";

    /// <summary>Reads everything, including history and integrity proofs; changes nothing.</summary>
    public const string Auditor = "revisor";

    /// <summary>Assigns users to organisations and roles; never changes agreements.</summary>
    public const string Administrator = "administrator";

    public static readonly IReadOnlyList<string> All = [Coordinator, Member, Auditor, Administrator];
}
