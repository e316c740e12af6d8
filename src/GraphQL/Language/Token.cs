namespace AgreementTracker.GraphQL.Language;

/// <summary>One lexical token. <see cref="Value"/> is set for names, numbers and (unescaped) strings.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    public SourceLocation Location => new(Line, Column);

    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";
}
