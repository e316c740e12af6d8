using System.Collections;
using AgreementTracker.GraphQL.Types;

namespace AgreementTracker.GraphQL.Utilities;

/// <summary>
/// Coerces runtime input (variable values from JSON) to a type: graphql-js's coerceInputValue.
/// Each problem is reported with the path inside the value where it was found.
/// </summary>
public static class InputCoercion
{
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    public static object? Coerce(object? value, GraphQLType type, ErrorHandler onError) => Coerce(value, type, onError, []);

    private static object? Coerce(object? value, GraphQLType type, ErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null) return Coerce(value, nonNull.OfType, onError, path);
            onError([.. path], value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }
        if (value is null) return null;

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary)
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coerced.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }
                    return coerced;
                }
                return new List<object?> { Coerce(value, list.OfType, onError, path) };

            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLError error)
                {
                    onError([.. path], value, error);
                    return null;
                }

            case ScalarType scalar:
                try
                {
                    var parsed = scalar.ParseValue(value);
                    if (parsed is null) onError([.. path], value, new GraphQLError($"Expected type \"{scalar.Name}\"."));
                    return parsed;
                }
                catch (GraphQLError error)
                {
                    onError([.. path], value, error);
                    return null;
                }
                catch (Exception exception) when (exception is FormatException or OverflowException or ArgumentException)
                {
                    onError([.. path], value, new GraphQLError($"Expected type \"{scalar.Name}\". {exception.Message}"));
                    return null;
                }

            default:
                return null;
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, ErrorHandler onError, List<object> path)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            onError([.. path], value, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var coerced = new Dictionary<string, object?>(type.Fields.Count);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) coerced[field.Name] = field.CoercedDefaultValue;
                else if (field.Type is NonNullType)
                    onError([.. path], value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var fieldName in fields.Keys)
        {
            if (type.GetField(fieldName) is not null) continue;
            var suggestions = Suggestions.SuggestionList(fieldName, type.Fields.Select(f => f.Name));
            onError([.. path], value, new GraphQLError($"Field \"{fieldName}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
        }
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else
            {
                var (key, single) = coerced.First();
                if (single is null) onError([.. path, key], single, new GraphQLError($"Field \"{key}\" must be non-null."));
            }
        }
        return coerced;
    }
}
