using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Organisations;

/// <summary>A command for one organisation's stream.</summary>
public interface IOrganisationCommand
{
    OrganisationId OrganisationId { get; }
}

public sealed record RegisterOrganisation(OrganisationId OrganisationId, string Name, OrganisationKind Kind, string? CvrNumber)
    : IOrganisationCommand;

public sealed record RenameOrganisation(OrganisationId OrganisationId, string NewName) : IOrganisationCommand;

public sealed record MergeOrganisation(OrganisationId OrganisationId, OrganisationId Into, DateOnly MergedOn) : IOrganisationCommand;
