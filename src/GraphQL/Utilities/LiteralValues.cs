using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Utilities;

/// <summary>Coerces value literals of a document (with variables already coerced) to a type: graphql-js's valueFromAST.</summary>
public static class LiteralValues
{
    /// <summary>
    /// Returns false when the literal is not valid for <paramref name="type"/> (graphql-js returns undefined).
    /// Variables absent from <paramref name="variables"/> count as not provided.
    /// </summary>
    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return false;
            if (variableValue is null && type is NonNullType) return false;
            value = variableValue;
            return true;
        }
        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }
        if (node is NullValueNode) return true;

        switch (type)
        {
            case ListType list:
                return TryCoerceList(node, list.OfType, variables, out value);
            case InputObjectType input:
                return TryCoerceInputObject(node, input, variables, out value);
            case EnumType enumType:
                if (node is not EnumValueNode enumNode || enumType.GetValue(enumNode.Value) is not { } enumValue) return false;
                value = enumValue.Value;
                return true;
            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    private static bool TryCoerceList(ValueNode node, GraphQLType itemType, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ListValueNode listNode)
        {
            if (!TryCoerce(node, itemType, variables, out var single)) return false;
            value = new List<object?> { single };
            return true;
        }
        var items = new List<object?>(listNode.Values.Count);
        foreach (var itemNode in listNode.Values)
        {
            if (IsMissingVariable(itemNode, variables))
            {
                if (itemType is NonNullType) return false;
                items.Add(null);
                continue;
            }
            if (!TryCoerce(itemNode, itemType, variables, out var item)) return false;
            items.Add(item);
        }
        value = items;
        return true;
    }

    private static bool TryCoerceInputObject(ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode objectNode) return false;
        var coerced = new Dictionary<string, object?>(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            var fieldNode = FindField(objectNode, field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.CoercedDefaultValue;
                else if (field.Type is NonNullType) return false;
                continue;
            }
            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue)) return false;
            coerced[field.Name] = fieldValue;
        }
        if (type.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null)) return false;
        value = coerced;
        return true;
    }

    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == name) return field;
        }
        return null;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    /// <summary>A literal's value without a type (graphql-js's valueFromASTUntyped), used by pass-through scalars.</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value, variables)),
        VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
        _ => null,
    };
}
