namespace AgreementTracker.GraphQL.Language;

public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// How deeply selection sets, list/object values and type references may nest. Deeper documents get
    /// a syntax error instead of exhausting the stack of the parser or of later recursive phases.
    /// </summary>
    public int MaxNesting { get; init; } = 256;
}
