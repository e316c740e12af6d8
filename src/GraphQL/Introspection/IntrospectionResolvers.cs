using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Introspection;

/// <summary>Resolvers of the introspection types, reading the type system objects.</summary>
internal static class IntrospectionResolvers
{
    public static void Bind(IReadOnlyDictionary<string, NamedType> types)
    {
        Bind(types, "__Schema", new()
        {
            ["description"] = c => ((Schema)c.Source!).Description,
            ["types"] = c => ((Schema)c.Source!).Types,
            ["queryType"] = c => ((Schema)c.Source!).QueryType,
            ["mutationType"] = c => ((Schema)c.Source!).MutationType,
            ["subscriptionType"] = c => ((Schema)c.Source!).SubscriptionType,
            ["directives"] = c => FilterDeprecated(((Schema)c.Source!).Directives, d => d.IsDeprecated, c),
        });
        Bind(types, "__Type", new()
        {
            ["kind"] = c => KindOf((GraphQLType)c.Source!),
            ["name"] = c => (c.Source as NamedType)?.Name,
            ["description"] = c => (c.Source as NamedType)?.Description,
            ["specifiedByURL"] = c => (c.Source as ScalarType)?.SpecifiedByUrl,
            ["fields"] = c => c.Source is FieldsContainerType container
                ? FilterDeprecated(container.Fields, f => f.IsDeprecated, c)
                : null,
            ["interfaces"] = c => (c.Source as FieldsContainerType)?.Interfaces,
            ["possibleTypes"] = c => c.Source is InterfaceType or UnionType ? c.Schema.GetPossibleTypes((NamedType)c.Source) : null,
            ["enumValues"] = c => c.Source is EnumType enumType ? FilterDeprecated(enumType.Values, v => v.IsDeprecated, c) : null,
            ["inputFields"] = c => c.Source is InputObjectType input ? FilterDeprecated(input.Fields, f => f.IsDeprecated, c) : null,
            ["ofType"] = c => c.Source switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            },
            ["isOneOf"] = c => c.Source is InputObjectType input ? input.IsOneOf : null,
        });
        Bind(types, "__Field", new()
        {
            ["name"] = c => ((FieldDefinition)c.Source!).Name,
            ["description"] = c => ((FieldDefinition)c.Source!).Description,
            ["args"] = c => FilterDeprecated(((FieldDefinition)c.Source!).Arguments, a => a.IsDeprecated, c),
            ["type"] = c => ((FieldDefinition)c.Source!).Type,
            ["isDeprecated"] = c => ((FieldDefinition)c.Source!).IsDeprecated,
            ["deprecationReason"] = c => ((FieldDefinition)c.Source!).DeprecationReason,
        });
        Bind(types, "__InputValue", new()
        {
            ["name"] = c => ((InputValueDefinition)c.Source!).Name,
            ["description"] = c => ((InputValueDefinition)c.Source!).Description,
            ["type"] = c => ((InputValueDefinition)c.Source!).Type,
            ["defaultValue"] = c => PrintDefaultValue((InputValueDefinition)c.Source!),
            ["isDeprecated"] = c => ((InputValueDefinition)c.Source!).IsDeprecated,
            ["deprecationReason"] = c => ((InputValueDefinition)c.Source!).DeprecationReason,
        });
        Bind(types, "__EnumValue", new()
        {
            ["name"] = c => ((EnumValueDefinition)c.Source!).Name,
            ["description"] = c => ((EnumValueDefinition)c.Source!).Description,
            ["isDeprecated"] = c => ((EnumValueDefinition)c.Source!).IsDeprecated,
            ["deprecationReason"] = c => ((EnumValueDefinition)c.Source!).DeprecationReason,
        });
        Bind(types, "__Directive", new()
        {
            ["name"] = c => ((DirectiveDefinition)c.Source!).Name,
            ["description"] = c => ((DirectiveDefinition)c.Source!).Description,
            ["isRepeatable"] = c => ((DirectiveDefinition)c.Source!).IsRepeatable,
            ["locations"] = c => ((DirectiveDefinition)c.Source!).Locations,
            ["args"] = c => FilterDeprecated(((DirectiveDefinition)c.Source!).Arguments, a => a.IsDeprecated, c),
            ["isDeprecated"] = c => ((DirectiveDefinition)c.Source!).IsDeprecated,
            ["deprecationReason"] = c => ((DirectiveDefinition)c.Source!).DeprecationReason,
        });
        ((EnumType)types["__DirectiveLocation"]).BindClrEnum(typeof(DirectiveLocation));
    }

    private static void Bind(IReadOnlyDictionary<string, NamedType> types, string typeName, Dictionary<string, Func<ResolveFieldContext, object?>> resolvers)
    {
        var type = (ObjectType)types[typeName];
        foreach (var (fieldName, resolve) in resolvers)
        {
            type.GetField(fieldName)!.Resolver = context => new ValueTask<object?>(resolve(context));
        }
    }

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };

    private static IReadOnlyList<T> FilterDeprecated<T>(IReadOnlyList<T> items, Func<T, bool> isDeprecated, ResolveFieldContext context)
    {
        if (context.Arguments.GetValueOrDefault("includeDeprecated") is true) return items;
        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (!isDeprecated(item)) kept.Add(item);
        }
        return kept;
    }

    private static string? PrintDefaultValue(InputValueDefinition input)
    {
        if (!input.HasDefaultValue) return null;
        var literal = AstFromValue.Convert(input.CoercedDefaultValue, input.Type);
        return literal is null ? null : Printer.Print(literal);
    }
}
