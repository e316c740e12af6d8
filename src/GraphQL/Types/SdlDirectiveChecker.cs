using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Types;

/// <summary>
/// Checks directives applied in SDL (graphql-js's KnownDirectives and UniqueDirectivesPerLocation for SDL):
/// each must be declared, allowed where it is used, and non-repeatable ones used once per element.
/// </summary>
internal static class SdlDirectiveChecker
{
    public static void Check(IEnumerable<DocumentNode> documents, IReadOnlyList<DirectiveDefinition> directives, List<GraphQLError> errors)
    {
        var known = directives.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var typeUsages = new Dictionary<string, List<DirectiveNode>>(StringComparer.Ordinal);
        foreach (var definition in documents.SelectMany(d => d.Definitions))
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    Check(schema.Directives, DirectiveLocation.Schema);
                    break;
                case TypeDefinitionNode type:
                    Check(type.Directives, LocationOf(type), Accumulated(type.Name.Value));
                    CheckMembers(type);
                    break;
                case DirectiveDefinitionNode directive:
                    foreach (var argument in directive.Arguments) Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
                    break;
            }
        }

        List<DirectiveNode> Accumulated(string typeName)
        {
            if (!typeUsages.TryGetValue(typeName, out var list)) typeUsages[typeName] = list = [];
            return list;
        }

        void CheckMembers(TypeDefinitionNode type)
        {
            switch (type)
            {
                case FieldsContainerDefinitionNode container:
                    foreach (var field in container.Fields)
                    {
                        Check(field.Directives, DirectiveLocation.FieldDefinition);
                        foreach (var argument in field.Arguments) Check(argument.Directives, DirectiveLocation.ArgumentDefinition);
                    }
                    break;
                case EnumTypeDefinitionNode enumType:
                    foreach (var value in enumType.Values) Check(value.Directives, DirectiveLocation.EnumValue);
                    break;
                case InputObjectTypeDefinitionNode input:
                    foreach (var field in input.Fields) Check(field.Directives, DirectiveLocation.InputFieldDefinition);
                    break;
            }
        }

        void Check(IReadOnlyList<DirectiveNode> used, DirectiveLocation location, List<DirectiveNode>? seenOnElement = null)
        {
            seenOnElement ??= [];
            foreach (var directive in used)
            {
                var name = directive.Name.Value;
                if (!known.TryGetValue(name, out var definition))
                {
                    errors.Add(new GraphQLError($"Unknown directive \"@{name}\".", GraphQLError.LocationsOf(directive)));
                    continue;
                }
                if (!definition.Locations.Contains(location))
                    errors.Add(new GraphQLError($"Directive \"@{name}\" may not be used on {location.SpecName()}.", GraphQLError.LocationsOf(directive)));
                var earlier = seenOnElement.Find(d => d.Name.Value == name);
                if (earlier is not null && !definition.IsRepeatable)
                    errors.Add(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", GraphQLError.LocationsOf(earlier, directive)));
                seenOnElement.Add(directive);
            }
        }
    }

    private static DirectiveLocation LocationOf(TypeDefinitionNode type) => type switch
    {
        ScalarTypeDefinitionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode => DirectiveLocation.Object,
        InterfaceTypeDefinitionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };
}
