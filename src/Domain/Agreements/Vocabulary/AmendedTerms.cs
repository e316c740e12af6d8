using System.Text.Json.Serialization;

namespace AgreementTracker.Domain.Agreements;

/// <summary>The terms an amendment changes; a null field is left as it is. Parties and the period are not
/// amended this way: parties are fixed at signing, and the period changes by extension or termination.</summary>
public sealed record AmendedTerms(
    string? Title = null,
    string? Purpose = null,
    string? StrengthArea = null,
    string? GeographicScope = null,
    IReadOnlyList<TargetGroup>? TargetGroups = null)
{
    [JsonIgnore]
    public bool ChangesNothing => Title is null && Purpose is null && StrengthArea is null && GeographicScope is null && TargetGroups is null;
}
