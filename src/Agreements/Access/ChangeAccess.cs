using AgreementTracker.Domain.Agreements;
using AgreementTracker.Domain.Common;
using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.Agreements.Access;

/// <summary>
/// Who may issue which command, checked by the change handlers against the stream as it is before anything is
/// decided, so a refused change writes nothing. Pure: the caller's access, the state, the command.
/// </summary>
public static class ChangeAccess
{
    public const string ForbiddenCode = "FORBIDDEN";

    public static DomainError? Check(AccessRights access, AgreementState? agreement, IAgreementCommand command)
    {
        // The domain's own answer for an agreement that does not exist, so a hidden one cannot be told apart.
        if (agreement is not null && !access.Sees(agreement))
            return Agreement.NotFound(command.AgreementId);
        return access.Role switch
        {
            // BRN staff keep the agreement, and may register a party's signature or amendment decision received on
            // paper; the event records who registered it.
            AccessRole.Coordinator => null,
            AccessRole.Member => MemberMay(access, agreement, command),
            AccessRole.Auditor => Forbidden("Som revisor kan du læse alt, men ikke ændre noget."),
            _ => Forbidden("Som administrator styrer du brugere og roller, ikke aftaler."),
        };
    }

    public static DomainError? Check(AccessRights access, IOrganisationCommand command) => access.Role switch
    {
        AccessRole.Coordinator => null,
        _ => Forbidden("Kun BRN's koordinatorer kan registrere, omdøbe og sammenlægge organisationer."),
    };

    private static DomainError Forbidden(string message) => new(ForbiddenCode, message);

    /// <summary>What a member's command does on an organisation's behalf, if it names one other than their own.</summary>
    private static string? ActsForOtherOrganisation(AccessRights access, IAgreementCommand command) => command switch
    {
        SignAgreement c when c.Party != access.Organisation => "underskrive",
        AcceptAmendment c when c.Party != access.Organisation => "acceptere ændringer",
        RejectAmendment c when c.Party != access.Organisation => "afvise ændringer",
        _ => null,
    };

    private static DomainError? MemberMay(AccessRights access, AgreementState? agreement, IAgreementCommand command)
    {
        if (agreement is null)
            return command is DraftAgreement ? Forbidden("Kun BRN's koordinatorer kan oprette aftaler.") : Agreement.NotFound(command.AgreementId);
        return command switch
        {
            SignAgreement or AcceptAmendment or RejectAmendment => ActsForOtherOrganisation(access, command) is { } other
                ? Forbidden($"Du kan kun {other} for din egen organisation.")
                : null,
            RecordMeasurement c => Reports(access, agreement, c.KpiId, c.ReportedBy),
            CorrectMeasurement c => Reports(access, agreement, c.KpiId, c.ReportedBy),
            _ => Forbidden("Det er BRN's koordinatorer, der ændrer aftalen; din organisation kan underskrive, tage stilling til ændringer og indrapportere sine KPI'er."),
        };
    }

    /// <summary>A member reports figures of a KPI their organisation is responsible for, as their organisation.</summary>
    private static DomainError? Reports(AccessRights access, AgreementState agreement, KpiId kpi, OrganisationId reportedBy)
    {
        if (reportedBy != access.Organisation)
            return Forbidden("Du kan kun indrapportere på vegne af din egen organisation.");
        return agreement.Kpi(kpi) is { } found && found.ResponsibleParty != access.Organisation
            ? Forbidden("Din organisation er ikke ansvarlig for denne KPI, så den kan ikke indrapportere tal for den.")
            : null;
    }
}
