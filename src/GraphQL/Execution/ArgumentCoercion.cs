using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>The specification's CoerceArgumentValues, with graphql-js's error messages.</summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        Node node,
        IReadOnlyList<ArgumentNode> argumentNodes,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0) return None;
        var coerced = new Dictionary<string, object?>(definitions.Count);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var argumentNode = Find(argumentNodes, name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.CoercedDefaultValue;
                else if (definition.Type is NonNullType)
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", GraphQLError.LocationsOf(node));
                continue;
            }
            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.CoercedDefaultValue;
                    else if (definition.Type is NonNullType)
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            GraphQLError.LocationsOf(valueNode));
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && definition.Type is NonNullType)
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", GraphQLError.LocationsOf(valueNode));
            if (!LiteralValues.TryCoerce(valueNode, definition.Type, variables, out var value))
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", GraphQLError.LocationsOf(valueNode));
            coerced[name] = value;
        }
        return coerced;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name) return argument;
        }
        return null;
    }
}
