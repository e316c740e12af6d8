namespace AgreementTracker.GraphQL.Language;

public sealed partial class Parser
{
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!, LocationFrom(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!, LocationFrom(token));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true, LocationFrom(token)),
                    "false" => new BooleanValueNode(false, LocationFrom(token)),
                    "null" => new NullValueNode(LocationFrom(token)),
                    _ => new EnumValueNode(token.Value!, LocationFrom(token)),
                };
            case TokenKind.Dollar:
                if (!isConst) return ParseVariable();
                Expect(TokenKind.Dollar);
                if (_lexer.Token.Kind == TokenKind.Name)
                    throw SyntaxError.At(_source, token.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
                throw Unexpected(token);
            default:
                throw Unexpected(token);
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString, LocationFrom(token));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        Expect(TokenKind.BracketLeft);
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.BracketRight)) values.Add(ParseValueLiteral(isConst));
        _nesting--;
        return new ListValueNode(values, LocationFrom(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting();
        Expect(TokenKind.BraceLeft);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptional(TokenKind.BraceRight))
        {
            var fieldStart = _lexer.Token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectFieldNode(name, ParseValueLiteral(isConst), LocationFrom(fieldStart)));
        }
        _nesting--;
        return new ObjectValueNode(fields, LocationFrom(start));
    }
}
