using AgreementTracker.GraphQL.Introspection;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// Orders a schema's types the way graphql-js's GraphQLSchema does: defined types in SDL order, each
/// built-in scalar at its first reference, then the introspection types. Clients that print a schema
/// from introspection see the same order as the SDL.
/// </summary>
internal static class TypeOrdering
{
    public static IReadOnlyList<NamedType> Order(
        IReadOnlyList<NamedType> definedTypes,
        IReadOnlyList<DirectiveDefinition> directives,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription)
    {
        var seen = new HashSet<NamedType>(definedTypes);
        var ordered = new List<NamedType>();
        foreach (var type in definedTypes)
        {
            ordered.Add(type);
            CollectReferences(type, seen, ordered);
        }
        foreach (var root in new NamedType?[] { query, mutation, subscription })
        {
            if (root is not null) Collect(root, seen, ordered);
        }
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments) Collect(argument.Type.GetNamedType(), seen, ordered);
        }
        Collect(IntrospectionTypes.Schema, seen, ordered);
        return ordered;
    }

    private static void Collect(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        if (!seen.Add(type)) return;
        ordered.Add(type);
        CollectReferences(type, seen, ordered);
    }

    private static void CollectReferences(NamedType type, HashSet<NamedType> seen, List<NamedType> ordered)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types) Collect(member, seen, ordered);
                break;
            case FieldsContainerType container:
                foreach (var iface in container.Interfaces) Collect(iface, seen, ordered);
                foreach (var field in container.Fields)
                {
                    Collect(field.Type.GetNamedType(), seen, ordered);
                    foreach (var argument in field.Arguments) Collect(argument.Type.GetNamedType(), seen, ordered);
                }
                break;
            case InputObjectType input:
                foreach (var field in input.Fields) Collect(field.Type.GetNamedType(), seen, ordered);
                break;
        }
    }
}
