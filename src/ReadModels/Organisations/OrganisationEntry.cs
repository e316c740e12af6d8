using AgreementTracker.Domain.Organisations;

namespace AgreementTracker.ReadModels.Organisations;

/// <summary>An organisation as the directory holds it now.</summary>
/// <param name="FormerNames">Earlier names, oldest first.</param>
public sealed record OrganisationEntry(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string? CvrNumber,
    IReadOnlyList<string> FormerNames,
    Guid? MergedInto,
    DateOnly? MergedOn);
