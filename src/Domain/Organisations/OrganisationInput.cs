using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Organisations;

/// <summary>The shape rules of every organisation command (see <see cref="Input"/>), run by <see cref="Organisation.Decide"/>
/// before any business rule; accepted commands come back with their text in NFC.</summary>
public static class OrganisationInput
{
    public static Result<IOrganisationCommand> Check(IOrganisationCommand command)
    {
        var check = new InputCheck();
        IOrganisationCommand checkedCommand = command switch
        {
            RegisterOrganisation c => c with
            {
                OrganisationId = check.NewId("organisationId", "Organisationens id", c.OrganisationId),
                Name = check.Text(TextKind.Title, "name", "Organisationens navn", c.Name),
                Kind = check.Known("kind", "Organisationstypen", c.Kind),
                CvrNumber = check.OptionalText(TextKind.Code, "cvrNumber", "CVR-nummeret", c.CvrNumber),
            },
            RenameOrganisation c => c with { NewName = check.Text(TextKind.Title, "newName", "Det nye navn", c.NewName) },
            MergeOrganisation c => c with { MergedOn = check.Date("mergedOn", "Sammenlægningsdatoen", c.MergedOn) },
            _ => command,
        };
        return check.Outcome(checkedCommand);
    }
}
