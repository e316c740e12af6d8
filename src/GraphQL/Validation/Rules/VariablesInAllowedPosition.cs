using AgreementTracker.GraphQL.Execution;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Validation.Rules;

/// <summary>A variable's type must fit every position it is used in (a default value may stand in for non-null).</summary>
public sealed class VariablesInAllowedPosition : ValidationRule
{
    public override void LeaveOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.VariableDefinitions.Count == 0) return;
        var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in node.VariableDefinitions) definitions[definition.Variable.Name.Value] = definition;
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!definitions.TryGetValue(name, out var definition) || usage.Type is null) continue;
            if (VariableCoercion.TypeFromAst(context.Schema, definition.Type) is not { } variableType) continue;
            if (!IsAllowed(context.Schema, variableType, definition.DefaultValue, usage.Type, usage.HasDefaultValue))
                context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
                context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
        }
    }

    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault) return false;
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
