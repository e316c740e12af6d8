using AgreementTracker.Domain.Common;

namespace AgreementTracker.Domain.Organisations;

/// <summary>An event in an organisation's stream; the stream id is the organisation's id.</summary>
public interface IOrganisationEvent;

/// <param name="CvrNumber">The Danish company register number (8 digits), when the organisation has one.</param>
public sealed record OrganisationRegistered(OrganisationId OrganisationId, string Name, OrganisationKind Kind, string? CvrNumber)
    : IOrganisationEvent;

public sealed record OrganisationRenamed(string PreviousName, string NewName) : IOrganisationEvent;

/// <summary>This organisation was absorbed into <paramref name="Into"/>; its stream and names stay in the history.</summary>
public sealed record OrganisationMerged(OrganisationId Into, DateOnly MergedOn) : IOrganisationEvent;
