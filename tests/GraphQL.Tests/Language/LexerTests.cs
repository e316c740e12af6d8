using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token Single(string text)
    {
        var lexer = new Lexer(new SourceText(text));
        return lexer.Advance();
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\/ \\\\ \\b\\f\\n\\r\\t\"", "quote \" slash / \\ \b\f\n\r\t")]
    [InlineData("\"unicode \\u00e9\"", "unicode é")]
    [InlineData("\"pair \\uD83D\\uDE00\"", "pair 😀")]
    [InlineData("\"braced \\u{1F600}\"", "braced 😀")]
    [InlineData("\"raw 😀\"", "raw 😀")]
    public void Reads_strings_with_escapes(string source, string expected) => Assert.Equal(expected, Single(source).Value);

    [Fact]
    public void Block_strings_remove_common_indentation_and_blank_edges()
    {
        var token = Single("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", token.Value);
    }

    [Fact]
    public void Block_strings_keep_escaped_triple_quotes_and_count_lines()
    {
        var lexer = new Lexer(new SourceText("\"\"\"a \\\"\"\" b\nc\"\"\" name"));
        Assert.Equal("a \"\"\" b\nc", lexer.Advance().Value);
        var name = lexer.Advance();
        Assert.Equal((2, 6), (name.Line, name.Column));
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-1.5e+10", TokenKind.Float)]
    [InlineData("2E3", TokenKind.Float)]
    public void Reads_numbers(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.a", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("12abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 3)]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\u{110000}\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 6)]
    [InlineData("\"lone \\uD83D x\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 7)]
    [InlineData("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\n\n   \u0007", "Syntax Error: Unexpected character: U+0007.", 3, 4)]
    public void Reports_lexical_errors_like_graphql_js(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Single(source));
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public void Skips_ignored_tokens_and_tracks_lines_across_crlf()
    {
        var lexer = new Lexer(new SourceText("\uFEFF # comment\r\n ,, \r\n\t  foo"));
        var token = lexer.Advance();
        Assert.Equal(("foo", 3, 4), (token.Value, token.Line, token.Column));
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }
}
