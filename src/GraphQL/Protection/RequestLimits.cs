namespace AgreementTracker.GraphQL.Protection;

/// <summary>Bounds on what one request may ask for; null disables a limit.</summary>
public sealed record RequestLimits
{
    public static RequestLimits Default { get; } = new();

    /// <summary>Longest accepted document text, in characters.</summary>
    public int? MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Deepest nesting of fields (root fields are depth 1), following fragments.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>Most aliased fields in one document.</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>Largest total field cost: each field's cost (1 unless set), times the literal first/last of enclosing lists.</summary>
    public int? MaxCost { get; init; } = 50_000;
}
