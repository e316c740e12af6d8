namespace AgreementTracker.GraphQL.Language;

/// <summary>Token-level helpers shared by all productions.</summary>
public sealed partial class Parser
{
    private void Advance()
    {
        _lastTokenEnd = _lexer.Token.End;
        _lexer.Advance();
    }

    private Location LocationFrom(Token start) => new(start.Start, _lastTokenEnd, start.Location);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private Token Expect(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw SyntaxError.At(_source, token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind) return false;
        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            Advance();
            return;
        }
        throw SyntaxError.At(_source, token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind != TokenKind.Name || token.Value != value) return false;
        Advance();
        return true;
    }

    private GraphQLError Unexpected(Token token) =>
        SyntaxError.At(_source, token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLError Unexpected() => Unexpected(_lexer.Token);

    private void EnterNesting()
    {
        if (++_nesting > _maxNesting)
            throw SyntaxError.At(_source, _lexer.Token.Start, $"Document nesting exceeds the maximum of {_maxNesting} levels.");
    }

    /// <summary>One or more items between <paramref name="open"/> and <paramref name="close"/>.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do items.Add(parseItem());
        while (!ExpectOptional(close));
        return items;
    }

    /// <summary>Like <see cref="Many{T}"/>, but the whole group may be absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parseItem, TokenKind close)
    {
        if (!Peek(open)) return [];
        return Many(open, parseItem, close);
    }

    /// <summary>Items separated by <paramref name="delimiter"/>, with an optional leading delimiter.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parseItem)
    {
        ExpectOptional(delimiter);
        var items = new List<T>();
        do items.Add(parseItem());
        while (ExpectOptional(delimiter));
        return items;
    }
}
