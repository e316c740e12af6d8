using System.Text;

namespace AgreementTracker.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens on demand, skipping ignored tokens (whitespace, commas,
/// comments, BOM). Error messages follow graphql-js word for word.
/// </summary>
public sealed class Lexer
{
    private readonly SourceText _source;
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public Lexer(SourceText source)
    {
        _source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
    }

    public Token Token { get; private set; }

    public Token Advance()
    {
        Token = ReadNextToken();
        return Token;
    }

    /// <summary>The token after the current one, without consuming it.</summary>
    public Token Lookahead()
    {
        var (position, line, lineStart) = (_position, _line, _lineStart);
        var next = ReadNextToken();
        (_position, _line, _lineStart) = (position, line, lineStart);
        return next;
    }

    private Token ReadNextToken()
    {
        var body = _body;
        var length = body.Length;
        while (_position < length)
        {
            var position = _position;
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    _position++;
                    continue;
                case '\n':
                    _position++;
                    NewLine();
                    continue;
                case '\r':
                    _position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    NewLine();
                    continue;
                case '#':
                    SkipComment();
                    continue;
                case '!': return Punctuator(TokenKind.Bang, 1);
                case '$': return Punctuator(TokenKind.Dollar, 1);
                case '&': return Punctuator(TokenKind.Amp, 1);
                case '(': return Punctuator(TokenKind.ParenLeft, 1);
                case ')': return Punctuator(TokenKind.ParenRight, 1);
                case '.':
                    if (position + 2 < length && body[position + 1] == '.' && body[position + 2] == '.')
                        return Punctuator(TokenKind.Spread, 3);
                    break;
                case ':': return Punctuator(TokenKind.Colon, 1);
                case '=': return Punctuator(TokenKind.Equals, 1);
                case '@': return Punctuator(TokenKind.At, 1);
                case '[': return Punctuator(TokenKind.BracketLeft, 1);
                case ']': return Punctuator(TokenKind.BracketRight, 1);
                case '{': return Punctuator(TokenKind.BraceLeft, 1);
                case '|': return Punctuator(TokenKind.Pipe, 1);
                case '}': return Punctuator(TokenKind.BraceRight, 1);
                case '"':
                    return position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (CharClass.IsDigit(code) || code == '-') return ReadNumber(position);
            if (CharClass.IsNameStart(code)) return ReadName(position);

            throw SyntaxError.At(_source, position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return MakeToken(TokenKind.EndOfFile, length, length, null);
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private Token MakeToken(TokenKind kind, int start, int end, string? value) =>
        new(kind, start, end, _line, start + 1 - _lineStart, value);

    private Token Punctuator(TokenKind kind, int size)
    {
        var token = MakeToken(kind, _position, _position + size, null);
        _position += size;
        return token;
    }

    private void SkipComment()
    {
        var body = _body;
        var position = _position + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else break;
        }
        _position = position;
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && CharClass.IsNameContinue(body[position])) position++;
        var token = MakeToken(TokenKind.Name, start, position, NameTable.Intern(body.AsSpan(start, position - start)));
        _position = position;
        return token;
    }

    private Token ReadNumber(int start)
    {
        var position = start;
        var code = CharAt(position);
        var isFloat = false;
        if (code == '-') code = CharAt(++position);
        if (code == '0')
        {
            code = CharAt(++position);
            if (CharClass.IsDigit(code))
                throw SyntaxError.At(_source, position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-') code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || CharClass.IsNameStart(code))
            throw SyntaxError.At(_source, position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");

        var token = MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
        _position = position;
        return token;
    }

    private int ReadDigits(int start, char firstCode)
    {
        if (!CharClass.IsDigit(firstCode))
            throw SyntaxError.At(_source, start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        var position = start + 1;
        while (CharClass.IsDigit(CharAt(position))) position++;
        return position;
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string text;
                if (value is null) text = body.Substring(chunkStart, position - chunkStart);
                else text = value.Append(body, chunkStart, position - chunkStart).ToString();
                var token = MakeToken(TokenKind.String, start, position + 1, text);
                _position = position + 1;
                return token;
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, value);
                chunkStart = position;
                continue;
            }
            if (code == '\n' || code == '\r') break;
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw SyntaxError.At(_source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw SyntaxError.At(_source, position, "Unterminated string.");
    }

    /// <summary>Appends the escaped character(s) at <paramref name="position"/> and returns the escape's length.</summary>
    private int ReadEscape(int position, StringBuilder value)
    {
        var next = CharAt(position + 1);
        if (next == 'u')
        {
            return CharAt(position + 2) == '{'
                ? ReadVariableWidthUnicodeEscape(position, value)
                : ReadFixedWidthUnicodeEscape(position, value);
        }
        char? escaped = next switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is null)
            throw SyntaxError.At(_source, position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        value.Append(escaped.Value);
        return 2;
    }

    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point)) break;
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            var digit = HexValue(code);
            if (digit < 0) break;
            point = (point << 4) | digit;
            if (point < 0) break;
        }
        throw SyntaxError.At(_source, position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder value)
    {
        var code = Read16BitHex(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw SyntaxError.At(_source, position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHex(int position)
    {
        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(CharAt(position + i));
            if (digit < 0) return -1;
            result = (result << 4) | digit;
        }
        return result;
    }

    private static int HexValue(char code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var line = _line;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = new Token(TokenKind.BlockString, start, position + 3, _line, start + 1 - _lineStart, BlockString.Dedent(lines));
                _line = line + lines.Count - 1;
                _lineStart = lineStart;
                _position = position + 3;
                return token;
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code == '\n' || code == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }
            if (IsUnicodeScalarValue(code)) position++;
            else if (IsSupplementaryCodePoint(position)) position += 2;
            else throw SyntaxError.At(_source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
        }
        throw SyntaxError.At(_source, position, "Unterminated string.");
    }

    private char CharAt(int position) => position < _body.Length ? _body[position] : '\0';

    private string Slice(int start, int length) => _body.Substring(start, Math.Min(length, _body.Length - start));

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    /// <summary>Prints a character as graphql-js does in messages: "c" when printable ASCII, else U+XXXX.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length) return TokenKind.EndOfFile.Describe();
        int code = _body[position];
        if (IsSupplementaryCodePoint(position)) code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        if (code is >= 0x20 and <= 0x7E) return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        return $"U+{code:X4}";
    }
}
