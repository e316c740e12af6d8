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
    private T[] Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close) where T : class
    {
        Expect(open);
        var start = _items.Count;
        do _items.Add(parseItem(this));
        while (!ExpectOptional(close));
        return TakeItems<T>(start);
    }

    /// <summary>Like <see cref="Many{T}"/>, but the whole group may be absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close) where T : class
    {
        if (!Peek(open)) return [];
        return Many(open, parseItem, close);
    }

    /// <summary>Items separated by <paramref name="delimiter"/>, with an optional leading delimiter.</summary>
    private T[] DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem) where T : class
    {
        ExpectOptional(delimiter);
        var start = _items.Count;
        do _items.Add(parseItem(this));
        while (ExpectOptional(delimiter));
        return TakeItems<T>(start);
    }

    /// <summary>
    /// The items parsed since <paramref name="start"/>, as an array of their exact number. Every list is
    /// gathered on one shared stack (nested lists finish before the list around them takes its next item),
    /// so a list costs its array alone instead of a List and the arrays it outgrew.
    /// </summary>
    private T[] TakeItems<T>(int start) where T : class
    {
        var items = new T[_items.Count - start];
        for (var i = 0; i < items.Length; i++) items[i] = (T)_items[start + i];
        _items.RemoveRange(start, items.Length);
        return items;
    }
}
