using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Introspection;

/// <summary>
/// The introspection types (__Schema, __Type, ...) and the meta fields __schema, __type and __typename.
/// They are shared by every schema: their resolvers read the schema being executed from the context.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly IReadOnlyDictionary<string, NamedType> Types =
        new SchemaAssembler([Parser.Parse(IntrospectionSdl.Text)], new Dictionary<string, ScalarType>(), allowReservedNames: true).AssembleTypes();

    static IntrospectionTypes()
    {
        IntrospectionResolvers.Bind(Types);
        SchemaMetaField = new FieldDefinition("__schema", new NonNullType(Schema), "Access the current type schema of this server.", [], null)
        {
            Resolver = context => new ValueTask<object?>(context.Schema),
        };
        TypeMetaField = new FieldDefinition("__type", Type, "Request the type information of a single type.",
            [new InputValueDefinition("name", new NonNullType(BuiltInScalars.String), null, null, null)], null)
        {
            Resolver = context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
        };
        TypeNameMetaField = new FieldDefinition("__typename", new NonNullType(BuiltInScalars.String), "The name of the current Object type at runtime.", [], null)
        {
            Resolver = context => new ValueTask<object?>(context.ParentType.Name),
        };
    }

    public static ObjectType Schema => (ObjectType)Types["__Schema"];

    public static ObjectType Type => (ObjectType)Types["__Type"];

    public static FieldDefinition SchemaMetaField { get; }

    public static FieldDefinition TypeMetaField { get; }

    public static FieldDefinition TypeNameMetaField { get; }

    public static bool IsIntrospectionType(NamedType type) =>
        type.Name.StartsWith("__", StringComparison.Ordinal) && Types.TryGetValue(type.Name, out var introspection) && ReferenceEquals(introspection, type);
}
