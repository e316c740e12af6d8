using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Tests.Types;

public sealed class SchemaBuilderTests
{
    /// <summary>The messages in a stable order, since the order of discovery is not part of the contract.</summary>
    private static IReadOnlyList<string> ErrorsOf(string sdl) =>
        Assert.Throws<SchemaValidationException>(() => new SchemaBuilder().AddTypeDefinitions(sdl).Build())
            .Errors.Select(e => e.Message).Order(StringComparer.Ordinal).ToList();

    private static string[] Sorted(params string[] messages) => [.. messages.Order(StringComparer.Ordinal)];

    [Fact]
    public void Builds_every_kind_of_type_with_extensions()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                interface Node { id: ID! }
                interface Named implements Node { id: ID! name: String }
                type Person implements Named & Node { id: ID! name: String }
                union Result = Person
                enum Colour { RED GREEN @deprecated(reason: "not green") }
                input Filter { colour: Colour = RED, names: [String!] }
                scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
                type Query { find(filter: Filter): [Result] }
                """)
            .AddTypeDefinitions("extend type Query { person: Person } extend enum Colour { BLUE }")
            .Build();

        Assert.Equal(["find", "person"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(["Person"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
        Assert.Equal(["Named"], schema.GetInterfaceImplementations((InterfaceType)schema.GetType("Node")!).Select(t => t.Name));
        var colour = (EnumType)schema.GetType("Colour")!;
        Assert.Equal(["RED", "GREEN", "BLUE"], colour.Values.Select(v => v.Name));
        Assert.Equal("not green", colour.GetValue("GREEN")!.DeprecationReason);
        Assert.Equal("RED", ((InputObjectType)schema.GetType("Filter")!).GetField("colour")!.CoercedDefaultValue);
        Assert.Equal("https://url.spec.whatwg.org/", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
    }

    [Fact]
    public void Reports_unknown_types_with_suggestions_and_missing_query()
    {
        Assert.Equal(Sorted("Unknown type \"Strin\". Did you mean \"String\"?", "Query root type must be provided."),
            ErrorsOf("type Person { name: Strin }"));
    }

    [Fact]
    public void Reports_duplicate_and_misplaced_definitions()
    {
        Assert.Equal(
            Sorted("There can be only one type named \"A\".", "Cannot extend type \"B\" because it is not defined. Did you mean \"A\"?", "Field \"Query.a\" can only be defined once."),
            ErrorsOf("type Query { a: A a: A } type A { x: Int } type A { y: Int } extend type B { z: Int }"));
    }

    [Fact]
    public void Reports_broken_interface_implementations()
    {
        Assert.Equal(
            Sorted(
                "Interface field Node.id expected but Person does not provide it.",
                "Interface field Named.name expects type String! but Robot.name is type String.",
                "Type Robot must implement Node because it is implemented by Named."),
            ErrorsOf("""
                interface Node { id: ID! }
                interface Named implements Node { id: ID! name: String! }
                type Person implements Node { name: String }
                type Robot implements Named { id: ID! name: String }
                type Query { a: Person b: Robot }
                """));
    }

    [Fact]
    public void Reports_wrong_kinds_of_types_in_positions()
    {
        Assert.Equal(
            Sorted(
                "The type of Query.a(x:) must be Input Type but got: Query.",
                "The type of In.q must be Input Type but got: Query.",
                "Union type U can only include Object types, it cannot include In.",
                "Union type U must define one or more member types.",
                "Enum type E must define one or more values."),
            ErrorsOf("type Query { a(x: Query): Int } input In { q: Query } union U = In enum E"));
    }

    [Fact]
    public void Reports_bindings_to_fields_that_do_not_exist()
    {
        var error = Assert.Throws<SchemaValidationException>(() => new SchemaBuilder()
            .AddTypeDefinitions("type Query { a: Int }")
            .AddResolver("Query", "b", _ => 1)
            .Build());
        Assert.Equal("Cannot bind a resolver to \"Query.b\": the schema has no such field.", Assert.Single(error.Errors).Message);
    }

    [Fact]
    public void Reports_invalid_default_values()
    {
        Assert.Equal(Sorted("Query.a(x:) has invalid default value: \"one\"."), ErrorsOf("type Query { a(x: Int = \"one\"): Int }"));
    }

    [Fact]
    public void Reports_input_objects_that_require_themselves()
    {
        Assert.Equal(Sorted("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\"."),
            ErrorsOf("input A { b: B! } input B { a: A! } type Query { f(a: A): Int }"));
    }

    [Fact]
    public void Syntax_errors_in_sdl_surface_when_added()
    {
        var error = Assert.Throws<GraphQLError>(() => new SchemaBuilder().AddTypeDefinitions("type Query {"));
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
    }

    [Fact]
    public void Reports_unknown_misplaced_and_repeated_directives_in_sdl()
    {
        Assert.Equal(
            Sorted(
                "Unknown directive \"@cost\".",
                "Directive \"@specifiedBy\" may not be used on OBJECT.",
                "The directive \"@deprecated\" can only be used once at this location."),
            ErrorsOf("type Query @specifiedBy(url: \"x\") { a: Int @cost b: Int @deprecated @deprecated }"));
    }
}
