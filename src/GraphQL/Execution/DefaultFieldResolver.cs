using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using AgreementTracker.GraphQL.Types;
using AgreementTracker.GraphQL.Utilities;

namespace AgreementTracker.GraphQL.Execution;

/// <summary>
/// Resolves a field without a bound resolver: the parent's dictionary entry, JSON property, or CLR
/// property/field of the same name (case-insensitive). Property getters are compiled once per CLR
/// type and field name, never reflected per value.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? source, FieldDefinition field)
    {
        if (source is not null && field.DefaultAccessor is { } cached && cached.SourceType == source.GetType())
            return cached.Read?.Invoke(source);
        var fieldName = field.Name;
        switch (source)
        {
            case null:
                return null;
            case Dictionary<string, object?> map:
                // JSON-shaped data (JsonValues.ToObject) is this exact type, found without the interface check below.
                return map.GetValueOrDefault(fieldName);
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(fieldName);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var value) ? value : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) ? FromJson(property) : null;
            case IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
        }
        var type = source.GetType();
        var accessor = Accessors.GetOrAdd((type, fieldName), static key => CompileAccessor(key.Item1, key.Item2));
        field.DefaultAccessor = new MemberAccessor(type, accessor);
        return accessor?.Invoke(source);
    }

    /// <summary>JSON objects stay elements (read lazily); arrays become lists; scalars become plain values.</summary>
    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        _ => JsonValues.ToObject(element),
    };

    /// <summary>A readable public property or field named like the GraphQL field: exact case first, then ignoring case.</summary>
    private static MemberInfo? FindMember(Type type, string fieldName)
    {
        MemberInfo[] candidates =
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0),
            .. type.GetFields(BindingFlags.Public | BindingFlags.Instance),
        ];
        return Array.Find(candidates, m => m.Name == fieldName)
            ?? Array.Find(candidates, m => string.Equals(m.Name, fieldName, StringComparison.OrdinalIgnoreCase));
    }

    private static Func<object, object?>? CompileAccessor(Type type, string fieldName)
    {
        var member = FindMember(type, fieldName);
        if (member is null) return null;
        var parameter = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.MakeMemberAccess(Expression.Convert(parameter, type), member), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
