namespace AgreementTracker.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL source text (columns count UTF-16 code units, as graphql-js does).</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>The span a syntax node covers: character offsets plus the line and column where it starts.</summary>
public readonly record struct Location(int StartOffset, int EndOffset, SourceLocation Start);
