using System.Collections;
using System.Globalization;
using AgreementTracker.GraphQL.Language;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Utilities;

/// <summary>Turns an internal input value back into a literal of its type (graphql-js's astFromValue), e.g. for introspected default values.</summary>
public static class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode(default);

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node) nodes.Add(node);
                    }
                    return new ListValueNode(nodes, default);
                }
                return Convert(value, list.OfType);

            case InputObjectType input:
                if (value is not IDictionary<string, object?> fields) return null;
                var fieldNodes = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (fields.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                        fieldNodes.Add(new ObjectFieldNode(new NameNode(field.Name, default), node, default));
                }
                return new ObjectValueNode(fieldNodes, default);

            case EnumType enumType:
                return enumType.Serialize(value) is string name ? new EnumValueNode(name, default) : null;

            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar);

            default:
                return null;
        }
    }

    private static ValueNode? FromSerialized(object? serialized, ScalarType scalar)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b, default);
            case string s:
                if (scalar.Name == "ID" && IsIntegerString(s)) return new IntValueNode(s, default);
                return new StringValueNode(s, false, default);
            case decimal m:
                var text = m.ToString(CultureInfo.InvariantCulture);
                return IsIntegerString(text) ? new IntValueNode(text, default) : new FloatValueNode(text, default);
        }
        if (NumericValues.TryGetDouble(serialized, out var number) && double.IsFinite(number))
        {
            var text = Inspect.Number(number);
            return IsIntegerString(text) ? new IntValueNode(text, default) : new FloatValueNode(text, default);
        }
        return null;
    }

    private static bool IsIntegerString(string text)
    {
        if (text.Length == 0) return false;
        var start = text[0] == '-' ? 1 : 0;
        if (start == text.Length) return false;
        if (text[start] == '0' && text.Length > start + 1) return false;
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return false;
        }
        return true;
    }
}
