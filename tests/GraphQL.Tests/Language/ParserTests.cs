using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Tests.Language;

public sealed class ParserTests
{
    private const string KitchenSink = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
            block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }
        """";

    private const string SchemaKitchenSink = """"
        "This is a description of the schema as a whole."
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        interface Bar implements Two {
          one: Type
          four(argument: String = "string"): String
        }

        union Feed = Story | Article | Advert

        scalar CustomScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP
          MOBILE @deprecated(reason: "gone")
        }

        input InputType {
          key: String!
          answer: Int = 42
        }

        extend type Foo @onType

        extend schema @onSchema {
          subscription: SubscriptionType
        }

        directive @include2(if: Boolean!) repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        """";

    [Theory]
    [InlineData(KitchenSink)]
    [InlineData(SchemaKitchenSink)]
    public void Printing_a_parsed_document_is_stable(string source)
    {
        var printed = Printer.Print(Parser.Parse(source));
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Prints_like_graphql_js()
    {
        var printed = Printer.Print(Parser.Parse("query Q($a: [Int!] = [1]) { a: field(x: {b: 1, c: \"s\"}) @skip(if: $a) { ... on T { id } ...F } }"));
        Assert.Equal("""
            query Q($a: [Int!] = [1]) {
              a: field(x: {b: 1, c: "s"}) @skip(if: $a) {
                ... on T {
                  id
                }
                ...F
              }
            }
            """, printed);
    }

    [Fact]
    public void Nodes_carry_locations()
    {
        var document = Parser.Parse("{\n  user(id: 4) {\n    name\n  }\n}");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        var user = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(new SourceLocation(2, 3), user.Location.Start);
        Assert.Equal(new SourceLocation(2, 12), user.Arguments[0].Value.Location.Start);
        Assert.Equal(new SourceLocation(3, 5), user.SelectionSet!.Selections[0].Location.Start);
    }

    [Fact]
    public void Reads_descriptions_and_extensions()
    {
        var document = Parser.Parse(SchemaKitchenSink);
        var foo = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        Assert.Equal("This is a description\nof the `Foo` type.", foo.Description!.Value);
        Assert.Equal(["Bar", "Baz", "Two"], foo.Interfaces.Select(i => i.Name.Value));
        Assert.True(document.Definitions.OfType<ObjectTypeDefinitionNode>().Last().IsExtension);
        Assert.True(document.Definitions.OfType<SchemaDefinitionNode>().Last().IsExtension);
        Assert.True(document.Definitions.OfType<DirectiveDefinitionNode>().Single().Repeatable);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ field", "Syntax Error: Expected Name, found <EOF>.", 1, 8)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("notanoperation Foo { field }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type Foo", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("directive @a on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("{ a(x: 1", "Syntax Error: Expected Name, found <EOF>.", 1, 9)]
    public void Reports_syntax_errors_like_graphql_js(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(source));
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    [Theory]
    [InlineData("", "{ a ", "", "}", "")]
    [InlineData("{ f(x: ", "[", "1", "]", ") }")]
    [InlineData("query ($v: ", "[", "Int", "]", ") { a }")]
    public void Deep_nesting_is_a_syntax_error_not_a_stack_overflow(string prefix, string open, string innermost, string close, string suffix)
    {
        const int depth = 100_000;
        var text = prefix + string.Concat(Enumerable.Repeat(open, depth)) + innermost + string.Concat(Enumerable.Repeat(close, depth)) + suffix;
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse(text));
        Assert.StartsWith("Syntax Error: Document nesting exceeds the maximum of", error.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_parses()
    {
        var depth = ParserOptions.Default.MaxNesting - 1;
        var text = string.Concat(Enumerable.Repeat("{ a ", depth)) + "{ b }" + string.Concat(Enumerable.Repeat(" }", depth));
        Assert.Single(Parser.Parse(text).Definitions);
    }

    [Fact]
    public void Parses_values_and_types_on_their_own()
    {
        Assert.IsType<ListValueNode>(Parser.ParseValue("[1, \"two\", {three: THREE}]"));
        Assert.Equal("[String!]!", Printer.Print(Parser.ParseType("[String!]!")));
    }
}
