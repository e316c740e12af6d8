using AgreementTracker.GraphQL.Language;

namespace AgreementTracker.GraphQL.Validation;

/// <summary>The named type references inside a type-system definition (checked by KnownTypeNames even in executable documents).</summary>
internal static class TypeSystemReferences
{
    public static IEnumerable<NamedTypeNode> NamedTypes(TypeSystemNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                foreach (var operationType in schema.OperationTypes) yield return operationType.Type;
                break;
            case FieldsContainerDefinitionNode container:
                foreach (var iface in container.Interfaces) yield return iface;
                foreach (var field in container.Fields)
                {
                    foreach (var argument in field.Arguments) yield return argument.Type.NamedType;
                    yield return field.Type.NamedType;
                }
                break;
            case UnionTypeDefinitionNode union:
                foreach (var member in union.Types) yield return member;
                break;
            case InputObjectTypeDefinitionNode input:
                foreach (var field in input.Fields) yield return field.Type.NamedType;
                break;
            case DirectiveDefinitionNode directive:
                foreach (var argument in directive.Arguments) yield return argument.Type.NamedType;
                break;
        }
    }
}
