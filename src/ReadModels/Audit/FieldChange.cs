namespace AgreementTracker.ReadModels.Audit;

/// <summary>One field an event changed, named as the GraphQL contract names it, with its values in Danish format (null: absent).</summary>
public sealed record FieldChange(string Field, string? Before, string? After);
