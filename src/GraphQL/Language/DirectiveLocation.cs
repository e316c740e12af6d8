namespace AgreementTracker.GraphQL.Language;

public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,

    /// <summary>Not in the October 2021 specification; graphql-js 16.12+ declares it (for deprecating directives).</summary>
    DirectiveDefinition,
}

public static class DirectiveLocationExtensions
{
    private static readonly string[] SpecNames =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The name as written in SDL and introspection, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string SpecName(this DirectiveLocation location) => SpecNames[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(SpecNames, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }
}
