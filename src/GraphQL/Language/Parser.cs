namespace AgreementTracker.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the full GraphQL grammar (executable and type-system documents).
/// Throws <see cref="GraphQLError"/> with graphql-js's "Syntax Error: ..." messages.
/// </summary>
public sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly Lexer _lexer;
    private readonly int _maxNesting;
    private int _nesting;
    private int _lastTokenEnd;
    private bool _parsedVariable;
    private readonly List<object> _items = [];

    private Parser(string text, ParserOptions? options)
    {
        _source = new SourceText(text);
        _lexer = new Lexer(_source);
        _maxNesting = (options ?? ParserOptions.Default).MaxNesting;
    }

    public static DocumentNode Parse(string text, ParserOptions? options = null) => new Parser(text, options).ParseDocument();

    /// <summary>Parses a single value literal, e.g. a default value given as text.</summary>
    public static ValueNode ParseValue(string text, bool isConst = false)
    {
        var parser = new Parser(text, null);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string text)
    {
        var parser = new Parser(text, null);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.StartOfFile, static parser => parser.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode(definitions, LocationFrom(start), _source) { ParsedWithoutVariables = !_parsedVariable };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft)) return ParseOperationDefinition();

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }
            if (hasDescription)
            {
                throw SyntaxError.At(_source, _lexer.Token.Start,
                    "Unexpected description, descriptions are supported only on type definitions.");
            }
            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceLeft))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet, LocationFrom(start));
        }
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseVariableDefinition(), TokenKind.ParenRight);
        var directives = ParseDirectives(false);
        var selections = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selections, LocationFrom(start));
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, LocationFrom(start));
    }

    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Dollar);
        _parsedVariable = true;
        return new VariableNode(ParseName(), LocationFrom(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting();
        var selections = Many(TokenKind.BraceLeft, static parser => parser.ParseSelection(), TokenKind.BraceRight);
        _nesting--;
        return new SelectionSetNode(selections, LocationFrom(start));
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.ParenLeft, isConst ? static parser => parser.ParseConstArgument() : static parser => parser.ParseArgument(), TokenKind.ParenRight);

    private ArgumentNode ParseArgument() => ParseArgumentWith(false);

    private ArgumentNode ParseConstArgument() => ParseArgumentWith(true);

    private ArgumentNode ParseArgumentWith(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst), LocationFrom(start));
    }

    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode(name, ParseDirectives(false), LocationFrom(start));
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, LocationFrom(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, LocationFrom(start));
    }

    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Value == "on" && _lexer.Token.Kind == TokenKind.Name) throw Unexpected(_lexer.Token);
        return ParseName();
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = _lexer.Token;
            Expect(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst), LocationFrom(start)));
        }
        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketLeft))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            _nesting--;
            Expect(TokenKind.BracketRight);
            type = new ListTypeNode(inner, LocationFrom(start));
        }
        else
        {
            type = ParseNamedType();
        }
        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, LocationFrom(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode(ParseName(), LocationFrom(start));
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!, new Location(token.Start, token.End, token.Location));
    }
}
